package org.npswatch.detect;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Series;
import org.npswatch.model.SourceId;

/**
 * What was observed of one lexicon substance in one ISO week, over all monitored sources.
 *
 * @param substance canonical lexicon name
 * @param legalStatus the lexicon's Dutch legal status of the substance
 * @param activeOffers webshop listings of the substance seen on offer that week
 * @param shopsOffering distinct webshops with at least one such listing
 * @param posts Telegram posts with offer intent naming the substance, re-posts included
 * @param uniqueAds near-duplicate clusters among those posts
 * @param sellers distinct pseudonymised posters among those posts
 * @param medianPricePerGram median normalised price per gram over priced offers and posts, if any
 * @param pricedOffers how many offers and posts the median was taken over
 * @param clearnetShops the webshops (not Telegram) that offered it this week
 * @param evidence WARC record ids or archived URLs and post keys behind these numbers; a few
 *     representative ones are enough
 * @param countsBySource listings per webshop and offer posts per Telegram source behind
 *     {@code activeOffers} and {@code posts}; lets volume detection compare a week with its
 *     baseline over the same sources when one was unreachable (empty: unknown, totals are used)
 * @param listingPrices price per gram of each priced listing (webshop listing key, or Telegram ad
 *     cluster) this week; lets price detection follow the same listings from week to week, so a
 *     change in which products are on offer is not read as a price change (empty: unknown, the
 *     median is used)
 */
public record SubstanceWeek(
        String substance,
        LegalStatus legalStatus,
        int activeOffers,
        int shopsOffering,
        int posts,
        int uniqueAds,
        int sellers,
        Optional<BigDecimal> medianPricePerGram,
        int pricedOffers,
        Set<SourceId> clearnetShops,
        List<String> evidence,
        Map<SourceId, Integer> countsBySource,
        Map<String, BigDecimal> listingPrices) {
    public SubstanceWeek {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(legalStatus, "legalStatus");
        if (activeOffers < 0 || shopsOffering < 0 || posts < 0 || uniqueAds < 0 || sellers < 0 || pricedOffers < 0) {
            throw new IllegalArgumentException("negative count for " + substance);
        }
        Objects.requireNonNull(medianPricePerGram, "medianPricePerGram");
        clearnetShops = Set.copyOf(new TreeSet<>(clearnetShops));
        evidence = List.copyOf(evidence);
        countsBySource = Map.copyOf(countsBySource);
        listingPrices = Map.copyOf(listingPrices);
    }

    /** A week without per-source counts or per-listing prices. */
    public SubstanceWeek(
            String substance, LegalStatus legalStatus, int activeOffers, int shopsOffering, int posts, int uniqueAds,
            int sellers, Optional<BigDecimal> medianPricePerGram, int pricedOffers, Set<SourceId> clearnetShops,
            List<String> evidence) {
        this(substance, legalStatus, activeOffers, shopsOffering, posts, uniqueAds, sellers, medianPricePerGram, pricedOffers,
                clearnetShops, evidence, Map.of(), Map.of());
    }

    /** Whether anyone offered the substance this week, in a shop or on Telegram. */
    public boolean offered() {
        return activeOffers > 0 || posts > 0;
    }

    /** The value of a count series; the price series is not a count and throws. */
    public long count(Series series) {
        return switch (series) {
            case ACTIVE_OFFERS -> activeOffers;
            case SHOPS_OFFERING -> shopsOffering;
            case POSTS -> posts;
            case UNIQUE_ADS -> uniqueAds;
            case SELLERS -> sellers;
            case MEDIAN_PRICE_PER_GRAM -> throw new IllegalArgumentException("price is not a count series");
        };
    }
}
