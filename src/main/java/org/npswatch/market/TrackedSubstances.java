package org.npswatch.market;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Substances whose weekly volume is a stationary random count around a base level: every week
 * the number of shop listings (and of Telegram offer posts per channel) is drawn anew around
 * {@code level × MarketEvents#volumeMultiplier}. Listings fill a fixed, seed-ordered list of
 * slots (shop × product variant), so most listings keep their URL from week to week and only the
 * tail comes and goes. Other products follow the slower add/remove process of
 * {@link MarketEvolution}.
 *
 * <p>Which substances are tracked, and at which levels, comes from {@link MarketEvents#baseLevels()}
 * ({@link #DEFAULT_LEVELS} unless a scenario says otherwise); a substance's variants are the
 * catalogue products made of it alone, in catalogue order.
 */
final class TrackedSubstances {
    /**
     * One tracked substance.
     *
     * @param products products (variants) its shop listings are made of: the catalogue's, then
     *     any {@link OnDemandVariants} its highest level needs
     * @param shopListings expected listings per week across all shops at multiplier 1
     * @param postsPerChannel expected Telegram offer posts per week in each channel (username)
     */
    record Tracked(String substance, List<CatalogueProduct> products, double shopListings, Map<String, Double> postsPerChannel) {
        Tracked {
            Objects.requireNonNull(substance, "substance");
            products = List.copyOf(products);
            postsPerChannel = Map.copyOf(postsPerChannel);
        }

        List<String> productKeys() {
            return products.stream().map(CatalogueProduct::key).toList();
        }

        Optional<CatalogueProduct> product(String key) {
            return products.stream().filter(p -> p.key().equals(key)).findFirst();
        }

        double posts(String channel) {
            return postsPerChannel.getOrDefault(channel, 0.0);
        }

        /** Expected Telegram offer posts per week over all channels at multiplier 1. */
        double posts() {
            return postsPerChannel.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** The levels of the standard market: 3-MMC, 2-FDCK, 2-MMC and 4-FA. */
    static final List<MarketEvents.BaseLevel> DEFAULT_LEVELS = List.of(
            new MarketEvents.BaseLevel("3-MMC", 12, Map.of(TelegramChannels.DUTCH, 8.0, TelegramChannels.ENGLISH, 6.0)),
            new MarketEvents.BaseLevel("2-FDCK", 10, Map.of(TelegramChannels.ENGLISH, 10.0)),
            new MarketEvents.BaseLevel("2-MMC", 6, Map.of(TelegramChannels.ENGLISH, 5.0)),
            new MarketEvents.BaseLevel("4-FA", 7, Map.of()));

    /**
     * Products that contain a tracked substance but are no variant of it (the 3-MMC + 2-FDCK
     * kit): listed constantly by these shops, so they add a constant, not noise, to the series.
     */
    static final Map<String, List<String>> PINNED = Map.of("kitmmc", List.of("chemvault", "labpulse"));

    private final List<Tracked> all;

    /** The tracked substances of a scenario, each with the extra variants its highest level needs. */
    TrackedSubstances(MarketEvents events) {
        this.all = events.baseLevels().stream()
                .map(l -> new Tracked(l.substance(), products(l, events), l.shopListings(), l.telegramPosts()))
                .toList();
    }

    private static List<CatalogueProduct> products(MarketEvents.BaseLevel level, MarketEvents events) {
        List<CatalogueProduct> products = new java.util.ArrayList<>(
                variantKeys(level.substance()).stream().map(k -> Catalogue.byKey(k).orElseThrow()).toList());
        double highest = level.shopListings() * events.highestVolumeMultiplier(level.substance());
        products.addAll(OnDemandVariants.needed(level.substance(), highest, events.noise()));
        return products;
    }

    /** Every tracked substance in the order of the base levels (which fixes their random streams). */
    List<Tracked> all() {
        return all;
    }

    Optional<Tracked> find(String substance) {
        return all.stream().filter(t -> t.substance().equals(substance)).findFirst();
    }

    /**
     * Whether a catalogue product contains a tracked substance, so that it is not in the slow
     * add/remove process (it is a slot variant or pinned).
     */
    boolean isTracked(CatalogueProduct p) {
        return all.stream().anyMatch(t -> p.substances().contains(t.substance()));
    }

    /** The catalogue products made of this substance alone, in catalogue order: its slot variants. */
    static List<String> variantKeys(String substance) {
        return Catalogue.products().stream()
                .filter(p -> p.substances().equals(List.of(substance)))
                .map(CatalogueProduct::key)
                .toList();
    }

    /**
     * How many listings of the substance the catalogue's own variants can show at once: its
     * variants times the shops that may carry each (before any shop vanishes). A level that needs
     * more gets {@link OnDemandVariants}.
     */
    static int catalogueCapacity(String substance) {
        int slots = 0;
        for (String key : variantKeys(substance)) {
            slots += (int) Shops.ALL.stream().filter(s -> s.eligibleProducts().stream().anyMatch(p -> p.key().equals(key))).count();
        }
        return slots;
    }

    /** Substances a pinned product carries: always on offer in the pinned shops. */
    static boolean isPinned(String substance) {
        return PINNED.keySet().stream()
                .anyMatch(key -> Catalogue.byKey(key).orElseThrow().substances().contains(substance));
    }
}
