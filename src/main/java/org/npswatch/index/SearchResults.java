package org.npswatch.index;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits how many listings and posts matched (hits holds at most the request's limit)
 * @param hits listings and posts, best first (or by source then product without a query)
 * @param facets counts over all matches
 */
public record SearchResults(long totalHits, List<Hit> hits, FacetCounts facets) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
