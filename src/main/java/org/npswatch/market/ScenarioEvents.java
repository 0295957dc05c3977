package org.npswatch.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.npswatch.config.ConfigValues;
import org.npswatch.model.SourceId;

/**
 * Reads the {@code events} list of a scenario file against the weeks and base levels read before
 * it: each event on its own (keys, substance, shop, week, factor), then how events combine (a
 * shop offline when a name should appear there, overlapping outages, a volume change before the
 * appearance, a level above what the shops can show). Every problem names the event's line.
 */
final class ScenarioEvents {
    private static final Map<String, Set<String>> EVENT_KEYS = Map.of(
            "novel", Set.of("type", "name", "shop", "week"),
            "appear", Set.of("type", "substance", "week"),
            "volume", Set.of("type", "substance", "week", "factor"),
            "price", Set.of("type", "substance", "week", "factor"),
            "outage", Set.of("type", "shop", "from", "to", "status"),
            "vanish", Set.of("type", "shop", "week"));
    private static final List<String> EVENT_TYPES = List.of("novel", "appear", "volume", "price", "outage", "vanish");

    private final ScenarioNames names;
    private final int weeks;
    private final List<MarketEvents.BaseLevel> levels;
    private final List<String> tracked;
    private final List<MarketEvents.NovelAppearance> novel = new ArrayList<>();
    private final List<MarketEvents.Outage> outages = new ArrayList<>();
    private final List<MarketEvents.KnownAppearance> appearances = new ArrayList<>();
    private final List<MarketEvents.VolumeChange> volumes = new ArrayList<>();
    private final List<MarketEvents.PriceChange> prices = new ArrayList<>();
    private final List<MarketEvents.Vanish> vanishes = new ArrayList<>();
    /** The item each event came from, for messages about how events combine. */
    private final Map<Object, ConfigValues> origin = new LinkedHashMap<>();

    ScenarioEvents(ScenarioNames names, int weeks, List<MarketEvents.BaseLevel> levels) {
        this.names = names;
        this.weeks = weeks;
        this.levels = levels;
        this.tracked = levels.stream().map(MarketEvents.BaseLevel::substance).toList();
    }

    MarketEvents read(List<ConfigValues> items) {
        for (ConfigValues e : items) {
            String type = e.string("type").toLowerCase(Locale.ROOT);
            if (!EVENT_KEYS.containsKey(type)) {
                throw e.error("type", "must be one of " + String.join(", ", EVENT_TYPES) + ", got \"" + type + "\"");
            }
            e.rejectUnknownKeys(EVENT_KEYS.get(type));
            switch (type) {
                case "novel" -> add(novel, novel(e), e);
                case "appear" -> add(appearances, appear(e), e);
                case "volume" -> add(volumes, new MarketEvents.VolumeChange(trackedSubstance(e, "a volume change"),
                        week(e, "week"), factor(e)), e);
                case "price" -> add(prices, new MarketEvents.PriceChange(
                        names.substance(e, "substance", ScenarioNames.marketSubstances(), "the market sells"), week(e, "week"), factor(e)), e);
                case "outage" -> add(outages, outage(e), e);
                default -> add(vanishes, new MarketEvents.Vanish(shop(e), week(e, "week")), e);
            }
        }
        checkShops();
        checkAppearances();
        checkVolumes();
        checkNovelNames();
        return new MarketEvents(novel, outages, appearances, volumes, prices, vanishes, MarketEvents.Noise.POISSON, levels);
    }

    private <T> void add(List<T> list, T event, ConfigValues item) {
        if (list.contains(event)) {
            throw item.error("type", "the same event is listed twice (first at line " + origin(event).line("type") + ")");
        }
        list.add(event);
        origin.put(event, item);
    }

    private ConfigValues origin(Object event) {
        return origin.get(event);
    }

    private MarketEvents.NovelAppearance novel(ConfigValues e) {
        String name = e.string("name");
        if (name.length() > 60 || name.chars().anyMatch(Character::isISOControl)) {
            throw e.error("name", "must be one line of at most 60 characters");
        }
        Optional<String> known = names.lexiconName(name);
        if (known.isPresent()) {
            throw e.error("name", "'" + name + "' is a known substance (" + known.get()
                    + " in the lexicon); a novel name must be one no lexicon knows. For a known substance use type: appear");
        }
        if (ScenarioNames.marketSubstances().stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
            throw e.error("name", "'" + name + "' is a substance the market already sells; a novel name must be new");
        }
        SourceId shop = shop(e);
        if (Shops.ALL.stream().anyMatch(s -> s.id().equals(shop) && s.platform() == Platform.CONTACT_ONLY)) {
            throw e.error("shop", shop + " is a contact page that lists no products; choose a shop that does");
        }
        return new MarketEvents.NovelAppearance(week(e, "week"), shop, name);
    }

    private MarketEvents.KnownAppearance appear(ConfigValues e) {
        String substance = trackedSubstance(e, "an appearance");
        if (ScenarioNames.menuSubstances().contains(substance)) {
            throw e.error("substance", substance + " is on the Telegram menus every week, so it cannot appear; "
                    + "choose a substance nobody offers yet, such as 2-MMC");
        }
        if (TrackedSubstances.isPinned(substance)) {
            throw e.error("substance", substance + " is in a product two shops list every week (the 3-MMC + 2-FDCK kit), "
                    + "so it cannot appear");
        }
        MarketEvents.BaseLevel level = levels.get(tracked.indexOf(substance));
        if (level.shopListings() <= 0) {
            throw e.error("substance", substance + " has a base level of 0 shop listings, so its appearance would show"
                    + " nothing; give it a shop_listings level under tracked");
        }
        return new MarketEvents.KnownAppearance(substance, week(e, "week"));
    }

    private String trackedSubstance(ConfigValues e, String what) {
        String substance = names.substance(e, "substance", ScenarioNames.marketSubstances(), "the market sells");
        if (!tracked.contains(substance)) {
            throw e.error("substance", what + " needs a tracked substance (one with a base level), and " + substance
                    + " is not tracked; add it under tracked with its shop_listings, or use one of "
                    + String.join(", ", tracked));
        }
        return substance;
    }

    private MarketEvents.Outage outage(ConfigValues e) {
        SourceId shop = shop(e);
        int from = week(e, "from");
        int to = week(e, "to");
        if (to < from) {
            throw e.error("to", "must not be before from (" + from + "), got " + to);
        }
        String status = e.optionalString("status").orElse("down").toLowerCase(Locale.ROOT);
        Availability availability = switch (status) {
            case "down" -> Availability.DOWN;
            case "unavailable" -> Availability.UNAVAILABLE;
            default -> throw e.error("status", "must be down (connections refused) or unavailable (503), got \"" + status + "\"");
        };
        return new MarketEvents.Outage(shop, from, to, availability);
    }

    private SourceId shop(ConfigValues e) {
        String raw = e.string("shop");
        List<String> ids = Shops.ALL.stream().map(s -> s.id().value()).toList();
        if (!ids.contains(raw)) {
            throw e.error("shop", "unknown shop '" + raw + "'; the simulated shops are " + String.join(", ", ids));
        }
        return SourceId.of(raw);
    }

    private int week(ConfigValues e, String key) {
        if (!e.has(key)) {
            throw e.error(key, "is required: a week number from 1 to " + (weeks - 1));
        }
        if (weeks < 2) {
            throw e.error(key, "a history of 1 week has no week for events (week 0 is the first crawl)");
        }
        return e.integer(key, 0, 1, weeks - 1);
    }

    private BigDecimal factor(ConfigValues e) {
        BigDecimal f = e.decimal("factor").orElseThrow(() -> e.error("factor", "is required: 2 doubles, 0.5 halves"));
        if (f.signum() <= 0) {
            throw e.error("factor", "must be above 0 (0.5 halves, 2 doubles), got " + f.toPlainString());
        }
        if (f.compareTo(BigDecimal.ONE) == 0) {
            throw e.error("factor", "1 changes nothing; use a factor above or below 1");
        }
        if (f.compareTo(BigDecimal.valueOf(100)) > 0 || f.compareTo(new BigDecimal("0.01")) < 0) {
            throw e.error("factor", "must be between 0.01 and 100, got " + f.toPlainString());
        }
        return f;
    }

    /** Outages that overlap, events after a shop vanished, novel names in a shop that is offline. */
    private void checkShops() {
        for (MarketEvents.Vanish v : vanishes) {
            if (vanishes.stream().filter(o -> o.shop().equals(v.shop())).count() > 1) {
                throw origin(v).error("shop", v.shop() + " vanishes twice; a shop vanishes once, for good");
            }
        }
        for (MarketEvents.Outage o : outages) {
            for (MarketEvents.Outage other : outages) {
                if (other != o && other.shop().equals(o.shop()) && other.fromWeek() <= o.toWeek() && o.fromWeek() <= other.toWeek()) {
                    throw origin(other).error("from", "this outage of " + o.shop() + " overlaps another in weeks "
                            + o.fromWeek() + "-" + o.toWeek() + " (line " + origin(o).line("from") + ")");
                }
            }
            vanishes.stream().filter(v -> v.shop().equals(o.shop()) && o.toWeek() >= v.week()).findFirst().ifPresent(v -> {
                throw origin(o).error("to", o.shop() + " vanishes in week " + v.week() + " (line " + origin(v).line("week")
                        + "); an outage must end before that");
            });
        }
        MarketEvents probe = new MarketEvents(List.of(), outages, List.of(), List.of(), List.of(), vanishes, MarketEvents.Noise.POISSON);
        for (MarketEvents.NovelAppearance a : novel) {
            Availability availability = probe.availability(a.shop(), a.week());
            if (availability != Availability.ONLINE) {
                throw origin(a).error("week", a.shop() + " is " + availability.name().toLowerCase(Locale.ROOT) + " in week "
                        + a.week() + ", so nobody could see " + a.name() + " appear there; choose another week or shop");
            }
        }
    }

    private void checkAppearances() {
        for (MarketEvents.KnownAppearance a : appearances) {
            if (appearances.stream().filter(o -> o.substance().equals(a.substance())).count() > 1) {
                throw origin(a).error("substance", a.substance() + " appears twice; a substance appears once");
            }
            volumes.stream().filter(c -> c.substance().equals(a.substance()) && c.fromWeek() <= a.week()).findFirst()
                    .ifPresent(c -> {
                        throw origin(c).error("week", "this volume change of " + c.substance() + " in week " + c.fromWeek()
                                + " is not after its appearance in week " + a.week() + " (line " + origin(a).line("week") + ")");
                    });
        }
    }

    /** Each volume change must leave the expected level within what the shops can show ({@link MarketEvents.BaseLevel#MAX_SHOP_LISTINGS}). */
    private void checkVolumes() {
        MarketEvents probe = new MarketEvents(List.of(), List.of(), List.of(), volumes, List.of(), List.of(),
                MarketEvents.Noise.POISSON, levels);
        for (MarketEvents.VolumeChange c : volumes) {
            double level = levels.get(tracked.indexOf(c.substance())).shopListings() * probe.volumeMultiplier(c.substance(), c.fromWeek());
            int max = MarketEvents.BaseLevel.MAX_SHOP_LISTINGS;
            if (level > max) {
                throw origin(c).error("factor", "brings " + c.substance() + " to " + ScenarioLoader.number(level)
                        + " expected listings a week from week " + c.fromWeek() + ", more than the " + max
                        + " the simulated shops can show of one substance; lower the factor or the base level");
            }
        }
    }

    /** The same invented name twice in one shop is one listing; say so rather than ignore it. */
    private void checkNovelNames() {
        for (MarketEvents.NovelAppearance a : novel) {
            novel.stream().filter(o -> o != a && o.shop().equals(a.shop()) && o.name().equalsIgnoreCase(a.name()))
                    .findFirst().ifPresent(o -> {
                        throw origin(o).error("name", a.name() + " already appears at " + a.shop() + " (line "
                                + origin(a).line("name") + ")");
                    });
        }
    }
}
