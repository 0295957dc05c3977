package org.npswatch.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.npswatch.config.ConfigException;
import org.npswatch.config.ConfigFiles;
import org.npswatch.config.ConfigValues;

/**
 * Reads a market scenario file (YAML; every key in docs/configuration.md, "Market scenarios") into
 * a {@link MarketScenario}. Everything is validated once, here: each problem is a
 * {@link ConfigException} naming the file, the line, the key and what is wrong (an unknown
 * substance or shop, a week outside the history, a factor that is not positive, a level above
 * {@link MarketEvents.BaseLevel#MAX_SHOP_LISTINGS}, an event the market could not show).
 *
 * <p>Substances may be written in any spelling the lexicon knows ("3mmc", "mephedrone") when the
 * loader is given the lexicon ({@link #withLexicon}); the market itself uses the catalogue's
 * names. The market package does not depend on the lexicon, so the lexicon comes in as a function.
 */
public final class ScenarioLoader {
    /** The seed when the file names none. */
    public static final long DEFAULT_SEED = 42;

    private static final Set<String> TOP_KEYS = Set.of("weeks", "seed", "start", "noise", "tracked", "events");
    private static final Set<String> NOISE_KEYS = Set.of("kind", "size");
    private static final Set<String> TRACKED_KEYS = Set.of("substance", "shop_listings", "telegram_posts");

    private final ScenarioNames names;

    private ScenarioLoader(Function<String, Optional<String>> lexicon) {
        this.names = new ScenarioNames(lexicon);
    }

    /** A loader that knows substances only by the catalogue's names (any letter case). */
    public static ScenarioLoader exactNames() {
        return new ScenarioLoader(term -> Optional.empty());
    }

    /**
     * A loader that also accepts every spelling the lexicon knows.
     *
     * @param canonicalName the lexicon's canonical name of a term, empty when the lexicon does not know it
     */
    public static ScenarioLoader withLexicon(Function<String, Optional<String>> canonicalName) {
        return new ScenarioLoader(canonicalName);
    }

    /** Reads and validates a scenario file. */
    public MarketScenario load(Path file) {
        return parse(file, ConfigFiles.readText(file, "scenario file"));
    }

    /** Reads a scenario shipped on the classpath (the standard one). */
    MarketScenario fromClasspath(String resource) {
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scenario " + resource + " is missing from the classpath");
            }
            return parse(Path.of(resource), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Validates a scenario's text.
     *
     * @param file the file named in messages
     */
    public MarketScenario parse(Path file, String yaml) {
        ConfigValues v = ConfigValues.parse(file, yaml);
        v.rejectUnknownKeys(TOP_KEYS);
        if (!v.has("weeks")) {
            throw v.error("weeks", "is required: how many weeks to simulate (1-" + MarketScenario.MAX_WEEKS + ")");
        }
        int weeks = v.integer("weeks", 0, 1, MarketScenario.MAX_WEEKS);
        long seed = seed(v);
        MarketClock clock = clock(v);
        MarketEvents.Noise noise = v.section("noise").map(this::noise).orElse(MarketEvents.Noise.POISSON);
        List<MarketEvents.BaseLevel> levels = baseLevels(v);
        MarketEvents events = new ScenarioEvents(names, weeks, levels).read(v.sections("events"));
        try {
            return new MarketScenario(weeks, seed, clock, events.withNoise(noise));
        } catch (IllegalArgumentException e) {
            // every rule of MarketEvents is checked above with its line; this is a safety net
            throw new ConfigException(file, 1, "", e.getMessage());
        }
    }

    private static long seed(ConfigValues v) {
        Optional<String> raw = v.optionalString("seed");
        try {
            return raw.map(s -> Long.parseLong(s.replace("_", ""))).orElse(DEFAULT_SEED);
        } catch (NumberFormatException e) {
            throw v.error("seed", "must be a whole number, got \"" + raw.orElseThrow() + "\"");
        }
    }

    private static MarketClock clock(ConfigValues v) {
        Optional<String> raw = v.optionalString("start");
        if (raw.isEmpty()) {
            return MarketClock.STANDARD;
        }
        LocalDate start;
        try {
            start = LocalDate.parse(raw.get());
        } catch (DateTimeParseException e) {
            throw v.error("start", "must be a date like 2026-01-05 (a Monday), got \"" + raw.get() + "\"");
        }
        if (start.getYear() < 2000 || start.getYear() > 2200) {
            throw v.error("start", "must be a date between 2000 and 2200, got " + start);
        }
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw v.error("start", "must be a Monday (week 0 starts on it); " + start + " is a "
                    + start.getDayOfWeek().toString().toLowerCase(Locale.ROOT) + ", the Monday before is "
                    + start.with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.MONDAY)));
        }
        return new MarketClock(start);
    }

    private MarketEvents.Noise noise(ConfigValues n) {
        n.rejectUnknownKeys(NOISE_KEYS);
        String kind = n.optionalString("kind").orElse("poisson").toLowerCase(Locale.ROOT).replace('-', '_');
        switch (kind) {
            case "poisson" -> {
                if (n.has("size")) {
                    throw n.error("size", "only negative_binomial noise has a size; remove it or set kind: negative_binomial");
                }
                return MarketEvents.Noise.POISSON;
            }
            case "negative_binomial" -> {
                if (!n.has("size")) {
                    throw n.error("size", "is required for negative_binomial noise: the dispersion k of variance mean + mean²/k"
                            + " (e.g. 10)");
                }
                BigDecimal size = n.decimal("size").orElseThrow();
                if (size.signum() <= 0) {
                    throw n.error("size", "must be above 0, got " + size.toPlainString());
                }
                return MarketEvents.Noise.negativeBinomial(size.doubleValue());
            }
            default -> throw n.error("kind", "must be poisson or negative_binomial, got \"" + kind + "\"");
        }
    }

    /** The standard base levels, overridden and extended by the file's {@code tracked} list. */
    private List<MarketEvents.BaseLevel> baseLevels(ConfigValues v) {
        Map<String, MarketEvents.BaseLevel> levels = new LinkedHashMap<>();
        MarketEvents.DEFAULT_BASE_LEVELS.forEach(l -> levels.put(l.substance(), l));
        Set<String> seen = new TreeSet<>();
        for (ConfigValues t : v.sections("tracked")) {
            t.rejectUnknownKeys(TRACKED_KEYS);
            String substance = names.substance(t, "substance", MarketEvents.BaseLevel.trackable(),
                    "the market can track only substances it sells as a product of their own");
            if (!seen.add(substance)) {
                throw t.error("substance", substance + " is listed twice under tracked");
            }
            Optional<MarketEvents.BaseLevel> standard = Optional.ofNullable(levels.get(substance));
            if (standard.isEmpty() && !t.has("shop_listings")) {
                throw t.error("shop_listings", "is required for " + substance
                        + ", which the standard market does not track: its expected listings per week");
            }
            double listings = t.decimal("shop_listings").map(d -> nonNegative(t, "shop_listings", d))
                    .orElseGet(() -> standard.orElseThrow().shopListings());
            int max = MarketEvents.BaseLevel.MAX_SHOP_LISTINGS;
            if (listings > max) {
                throw t.error("shop_listings", number(listings) + " listings a week is more than the " + max
                        + " the simulated shops can show of one substance (above " + MarketEvents.BaseLevel.catalogueCapacity(substance)
                        + " for " + substance + " they list extra variants); lower the level");
            }
            Map<String, Double> posts = new LinkedHashMap<>(standard.map(MarketEvents.BaseLevel::telegramPosts).orElse(Map.of()));
            t.section("telegram_posts").ifPresent(p -> posts.putAll(telegramPosts(p, substance)));
            levels.put(substance, new MarketEvents.BaseLevel(substance, listings, posts));
        }
        return List.copyOf(levels.values());
    }

    private static Map<String, Double> telegramPosts(ConfigValues p, String substance) {
        List<String> channels = MarketEvents.BaseLevel.telegramChannels(substance);
        Map<String, Double> posts = new LinkedHashMap<>();
        for (String channel : p.keys()) {
            if (!channels.contains(channel)) {
                throw p.error(channel, channels.isEmpty()
                        ? "no simulated channel posts single ads of " + substance + "; it can only be tracked in shops"
                        : "no simulated channel '" + channel + "' posts ads of " + substance + "; channels that do: "
                                + String.join(", ", channels));
            }
            BigDecimal d = p.decimal(channel).orElseThrow(() -> p.error(channel, "needs a number of posts per week"));
            posts.put(channel, nonNegative(p, channel, d));
        }
        return posts;
    }

    private static double nonNegative(ConfigValues v, String key, BigDecimal d) {
        if (d.signum() < 0) {
            throw v.error(key, "must be 0 or more, got " + d.toPlainString());
        }
        if (d.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw v.error(key, "must be at most 100000 a week, got " + d.toPlainString());
        }
        return d.doubleValue();
    }

    static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
