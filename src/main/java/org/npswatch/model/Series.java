package org.npswatch.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The weekly series per substance that volume and price flags are about. The wire names are part
 * of the stable {@code flags --format jsonl} interface.
 */
public enum Series {
    /** Listings of the substance that were on offer in monitored webshops that week. */
    ACTIVE_OFFERS("active_offers"),
    /** Distinct webshops offering the substance that week. */
    SHOPS_OFFERING("shops_offering"),
    /** Telegram posts offering the substance that week, re-posts included. */
    POSTS("posts"),
    /** Near-duplicate clusters (unique ads) among those posts. */
    UNIQUE_ADS("unique_ads"),
    /** Distinct (pseudonymised) sellers among those posts. */
    SELLERS("sellers"),
    /** Median normalised price per gram over the week's priced offers. */
    MEDIAN_PRICE_PER_GRAM("median_price_per_gram");

    private final String wireName;

    Series(String wireName) {
        this.wireName = wireName;
    }

    /** The snake-case name used in JSON output ("unique_ads"). */
    public String wireName() {
        return wireName;
    }

    /** The series with this wire name, if any. */
    public static Optional<Series> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    /** Whether this is a count series (volume flags), as opposed to a price series. */
    public boolean isCount() {
        return this != MEDIAN_PRICE_PER_GRAM;
    }
}
