package org.npswatch.extract;

import java.util.List;
import java.util.Objects;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.lexicon.Recognition;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Offer;
import org.npswatch.model.Page;

/**
 * Turns an offer as read from a page into a normalised {@link Offer}: canonical substance names
 * and unknown substance-like names, via the lexicon.
 *
 * <p>The product name decides. Only when the name names nothing the lexicon recognises (neither a
 * known substance nor an unknown candidate, e.g. "Pink Tesla" or "Crystal") is the description
 * (variant names, short description) consulted, and then only its first known substance: shop
 * descriptions compare ("stronger than 4-MMC") and list what not to mix, so taking all of them
 * would report substances the product is not. Unknown candidates come from the name only.
 */
public final class OfferNormaliser {
    private final Lexicon lexicon;

    public OfferNormaliser(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public Offer normalise(Page page, ExtractedOffer offer) {
        Recognition byName = lexicon.recognise(offer.product());
        List<String> substances = byName.canonicalNames();
        if (byName.isEmpty() && !offer.description().isBlank()) {
            substances = lexicon.recognise(offer.description()).canonicalNames().stream().limit(1).toList();
        }
        return new Offer(page.source(), page.url(), offer.product(), substances, byName.unknownCandidates(),
                offer.tiers(), offer.stock(), offer.sku());
    }
}
