package org.npswatch.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.npswatch.model.SourceId;

/**
 * One event injected into the simulated market, as an evaluation harness needs it to score time
 * to flag, sensitivity and false alarms: what happened, to which substance or shop, from which
 * week, and the expected weekly levels before and after for volume events.
 *
 * @param substance canonical name (or invented name for {@link Type#NEW_UNKNOWN_NAME}); empty for shop events
 * @param shop the shop, for shop events and the shop an invented name appears in
 * @param week the first week (0-based, see {@link MarketClock}) in which the event is visible
 * @param factor volume or price multiplier; empty for appearances and availability events
 * @param expectedShopListings expected weekly shop listings before and after (volume and known
 *     appearance events; empty otherwise)
 * @param expectedTelegramPosts expected weekly Telegram offer posts, all channels, before and after
 */
public record InjectedEvent(
        Type type,
        Optional<String> substance,
        Optional<SourceId> shop,
        int week,
        Optional<BigDecimal> factor,
        Optional<Levels> expectedShopListings,
        Optional<Levels> expectedTelegramPosts) {
    /** What kind of event. */
    public enum Type {
        /** A lexicon substance offered for the first time (a NEW_SUBSTANCE flag is due). */
        NEW_SUBSTANCE,
        /** An invented name offered for the first time (an UNKNOWN_NAME flag is due). */
        NEW_UNKNOWN_NAME,
        /** An invented name already seen spreads to another shop (no new flag due). */
        UNKNOWN_NAME_SPREADS,
        /** A tracked substance's volume rises (factor above 1). */
        VOLUME_UP,
        /** A tracked substance's volume falls (factor below 1). */
        VOLUME_DOWN,
        /** A substance's prices fall. */
        PRICE_DOWN,
        /** A substance's prices rise. */
        PRICE_UP,
        /** A shop is temporarily unreachable or answers 503 (an AVAILABILITY flag may be due). */
        SHOP_OUTAGE,
        /** A shop stops answering for good. */
        SHOP_VANISHED
    }

    /** Expected weekly count before and after the event. */
    public record Levels(double before, double after) {}

    public InjectedEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(expectedShopListings, "expectedShopListings");
        Objects.requireNonNull(expectedTelegramPosts, "expectedTelegramPosts");
    }

    static List<InjectedEvent> of(MarketEvents events) {
        List<InjectedEvent> out = new ArrayList<>();
        Set<String> seenNames = new HashSet<>();
        TrackedSubstances tracked = new TrackedSubstances(events);
        events.novelAppearances().stream().sorted(Comparator.comparingInt(MarketEvents.NovelAppearance::week)).forEach(a -> {
            Type type = seenNames.add(a.name()) ? Type.NEW_UNKNOWN_NAME : Type.UNKNOWN_NAME_SPREADS;
            out.add(new InjectedEvent(type, Optional.of(a.name()), Optional.of(a.shop()), a.week(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        });
        for (MarketEvents.KnownAppearance a : events.knownAppearances()) {
            out.add(new InjectedEvent(Type.NEW_SUBSTANCE, Optional.of(a.substance()), Optional.empty(), a.week(),
                    Optional.empty(), levels(events, tracked, a.substance(), a.week(), true),
                    levels(events, tracked, a.substance(), a.week(), false)));
        }
        for (MarketEvents.VolumeChange c : events.volumeChanges()) {
            Type type = c.factor().compareTo(BigDecimal.ONE) > 0 ? Type.VOLUME_UP : Type.VOLUME_DOWN;
            out.add(new InjectedEvent(type, Optional.of(c.substance()), Optional.empty(), c.fromWeek(), Optional.of(c.factor()),
                    levels(events, tracked, c.substance(), c.fromWeek(), true),
                    levels(events, tracked, c.substance(), c.fromWeek(), false)));
        }
        for (MarketEvents.PriceChange c : events.priceChanges()) {
            Type type = c.factor().compareTo(BigDecimal.ONE) < 0 ? Type.PRICE_DOWN : Type.PRICE_UP;
            out.add(new InjectedEvent(type, Optional.of(c.substance()), Optional.empty(), c.fromWeek(), Optional.of(c.factor()),
                    Optional.empty(), Optional.empty()));
        }
        for (MarketEvents.Outage o : events.outages()) {
            out.add(new InjectedEvent(Type.SHOP_OUTAGE, Optional.empty(), Optional.of(o.shop()), o.fromWeek(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        for (MarketEvents.Vanish v : events.vanishes()) {
            out.add(new InjectedEvent(Type.SHOP_VANISHED, Optional.empty(), Optional.of(v.shop()), v.week(), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        out.sort(Comparator.comparingInt(InjectedEvent::week));
        return List.copyOf(out);
    }

    private static Optional<Levels> levels(MarketEvents events, TrackedSubstances tracked, String substance, int week, boolean shops) {
        return tracked.find(substance).map(t -> {
            double base = shops ? t.shopListings() : t.posts();
            return new Levels(base * events.volumeMultiplier(substance, week - 1), base * events.volumeMultiplier(substance, week));
        });
    }
}
