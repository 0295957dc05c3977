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
 */
final class TrackedSubstances {
    /**
     * One tracked substance.
     *
     * @param productKeys catalogue products (variants) its shop listings are made of
     * @param shopListings expected listings per week across all shops at multiplier 1
     * @param postsPerChannel expected Telegram offer posts per week in each channel (username)
     */
    record Tracked(String substance, List<String> productKeys, double shopListings, Map<String, Double> postsPerChannel) {
        Tracked {
            Objects.requireNonNull(substance, "substance");
            productKeys = List.copyOf(productKeys);
            postsPerChannel = Map.copyOf(postsPerChannel);
        }

        double posts(String channel) {
            return postsPerChannel.getOrDefault(channel, 0.0);
        }
    }

    static final List<Tracked> ALL = List.of(
            new Tracked("3-MMC", List.of("3mmc", "3mmcpellets", "3mmcrocks", "3mmcbulk", "3mmccaps"), 12,
                    Map.of(TelegramChannels.DUTCH, 8.0, TelegramChannels.ENGLISH, 6.0)),
            new Tracked("2-FDCK", List.of("2fdck", "2fdckpellets", "2fdckbulk"), 10,
                    Map.of(TelegramChannels.ENGLISH, 10.0)),
            new Tracked("2-MMC", List.of("2mmc", "2mmcpellets"), 6, Map.of(TelegramChannels.ENGLISH, 5.0)),
            new Tracked("4-FA", List.of("4fa", "4fapellets", "4fa2"), 7, Map.of()));

    /**
     * Products that contain a tracked substance but are no variant of it (the 3-MMC + 2-FDCK
     * kit): listed constantly by these shops, so they add a constant, not noise, to the series.
     */
    static final Map<String, List<String>> PINNED = Map.of("kitmmc", List.of("chemvault", "labpulse"));

    private TrackedSubstances() {}

    static List<String> names() {
        return ALL.stream().map(Tracked::substance).toList();
    }

    static Optional<Tracked> find(String substance) {
        return ALL.stream().filter(t -> t.substance().equals(substance)).findFirst();
    }

    /**
     * Whether a catalogue product contains a tracked substance, so that it is not in the slow
     * add/remove process (it is a slot variant or pinned).
     */
    static boolean isTracked(CatalogueProduct p) {
        return ALL.stream().anyMatch(t -> p.substances().contains(t.substance()));
    }
}
