package org.npswatch.index;

import java.util.List;

/**
 * Facet counts over all documents a search matched (not only the returned hits), each list
 * sorted by count descending, then value. A listing with two substances counts once under each.
 *
 * @param substances canonical substance names
 * @param classes substance classes ({@code SubstanceClass} names)
 * @param sources shop or Telegram source ids
 * @param legalStatuses Opium Act status ({@code LegalStatus} names)
 */
public record FacetCounts(
        List<FacetCount> substances, List<FacetCount> classes, List<FacetCount> sources, List<FacetCount> legalStatuses) {
    public FacetCounts {
        substances = List.copyOf(substances);
        classes = List.copyOf(classes);
        sources = List.copyOf(sources);
        legalStatuses = List.copyOf(legalStatuses);
    }

    static FacetCounts none() {
        return new FacetCounts(List.of(), List.of(), List.of(), List.of());
    }
}
