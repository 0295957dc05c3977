package org.npswatch.market;

import java.util.List;
import java.util.Objects;
import org.npswatch.model.SourceId;

/**
 * Scheduled, non-random events of the simulated market: when an invented substance appears in
 * which shop, and when a shop is unreachable. Random noise (re-pricing, stock changes, products
 * coming and going) comes from the seed; these events are fixed so tests and evaluations know
 * exactly when each should be detected.
 *
 * <p>This is the extension point for long evaluation runs (issue 4): build a {@code MarketEvents}
 * with other appearances and outages and pass it to {@link SimulatedMarket#start(long,
 * MarketEvents)}.
 *
 * @param novelAppearances invented substances appearing in shops
 * @param outages periods in which a shop is not {@link Availability#ONLINE}
 */
public record MarketEvents(List<NovelAppearance> novelAppearances, List<Outage> outages) {
    /**
     * An invented substance ({@link Catalogue#INVENTED_NAMES}) is listed from this week on.
     *
     * @param nameIndex index into {@link Catalogue#INVENTED_NAMES}
     */
    public record NovelAppearance(int week, SourceId shop, int nameIndex) {
        public NovelAppearance {
            Objects.requireNonNull(shop, "shop");
        }
    }

    /** A shop is {@code availability} from {@code fromWeek} up to and including {@code toWeek}. */
    public record Outage(SourceId shop, int fromWeek, int toWeek, Availability availability) {
        public Outage {
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(availability, "availability");
        }
    }

    public MarketEvents {
        novelAppearances = List.copyOf(novelAppearances);
        outages = List.copyOf(outages);
    }

    /**
     * The standard schedule: "3-CPMC" appears at chemvault in week 2 and spreads to labpulse in
     * week 4; further invented names appear every three weeks from week 5; britchem-direct refuses
     * connections in weeks 3 and 4; chemikalia-pl answers 503 in week 4.
     */
    public static MarketEvents standard() {
        List<String> rcShops = List.of("chemvault", "rc-onderzoek-nl", "pelletpoint", "albion-research", "reagenzien-de",
                "labpulse", "chemikalia-pl", "britchem-direct");
        List<NovelAppearance> novel = new java.util.ArrayList<>();
        novel.add(new NovelAppearance(2, SourceId.of("chemvault"), 0));
        novel.add(new NovelAppearance(4, SourceId.of("labpulse"), 0));
        for (int i = 1; i < Catalogue.INVENTED_NAMES.size(); i++) {
            novel.add(new NovelAppearance(2 + 3 * i, SourceId.of(rcShops.get(i % rcShops.size())), i));
        }
        return new MarketEvents(novel, List.of(
                new Outage(SourceId.of("britchem-direct"), 3, 4, Availability.DOWN),
                new Outage(SourceId.of("chemikalia-pl"), 4, 4, Availability.UNAVAILABLE)));
    }

    /** No scheduled events: only the seed's noise. */
    public static MarketEvents none() {
        return new MarketEvents(List.of(), List.of());
    }

    /** The shop's availability in a week. */
    public Availability availability(SourceId shop, int week) {
        return outages.stream()
                .filter(o -> o.shop().equals(shop) && week >= o.fromWeek() && week <= o.toWeek())
                .map(Outage::availability)
                .findFirst()
                .orElse(Availability.ONLINE);
    }

    /** Invented substances that start being listed in this exact week. */
    public List<NovelAppearance> appearingIn(int week) {
        return novelAppearances.stream().filter(a -> a.week() == week).toList();
    }
}
