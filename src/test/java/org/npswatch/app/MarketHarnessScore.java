package org.npswatch.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.npswatch.detect.History;
import org.npswatch.detect.SubstanceWeek;
import org.npswatch.market.InjectedEvent;
import org.npswatch.market.MarketClock;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;

/**
 * Scores the flags of one replay against the market's answer key.
 *
 * <p>An event is <em>flagged</em> when a flag of the matching type, subject and direction fires in
 * its week or up to {@link #MATCH_WEEKS} weeks later; its time to flag is that lag in crawl cycles
 * (one crawl a week). A flag is <em>explained</em> when it matches an injected event that way;
 * every other VOLUME_CHANGE, PRICE_CHANGE, AVAILABILITY, NEW_SUBSTANCE and UNKNOWN_NAME flag is a
 * false alarm. Availability flags are explained by an outage (from its first week to two weeks
 * after its last: "vanished" at the second failed run, "back" at the first good one) or a vanish
 * of the same shop. Substance-weeks: substances offered in a week, summed over the weeks after
 * the first.
 */
final class MarketHarnessScore {
    /** How many weeks after an event a flag still counts as announcing it. */
    static final int MATCH_WEEKS = 4;

    /** One injected event and when it was flagged. */
    record EventOutcome(InjectedEvent event, OptionalInt lag, Optional<Flag> flag) {
        boolean within(int weeks) {
            return lag.isPresent() && lag.getAsInt() <= weeks;
        }
    }

    /** The score of one replay. */
    record Score(long seed, String variant, List<EventOutcome> events, Map<FlagType, List<Flag>> falseAlarms,
            long substanceWeeks, int flags, Duration crawlTook) {
        double falsePer100(FlagType type) {
            return 100.0 * falseAlarms.getOrDefault(type, List.of()).size() / substanceWeeks;
        }
    }

    private MarketHarnessScore() {}

    static Score score(MarketHarness.Crawled crawled, String variant, Detection.Result result) {
        History history = result.history();
        List<Flag> flags = result.detected();
        List<EventOutcome> outcomes = new ArrayList<>();
        for (InjectedEvent e : crawled.injected()) {
            if (e.type() == InjectedEvent.Type.UNKNOWN_NAME_SPREADS || e.type() == InjectedEvent.Type.SHOP_OUTAGE
                    || e.week() >= crawled.weeks()) {
                continue;
            }
            Optional<Flag> first = flags.stream().filter(f -> matches(f, e)).min((a, b) -> a.week().compareTo(b.week()));
            OptionalInt lag = first.map(f -> OptionalInt.of((int) week(e.week()).weeksUntil(f.week()))).orElse(OptionalInt.empty());
            outcomes.add(new EventOutcome(e, lag, first));
        }
        Map<FlagType, List<Flag>> falseAlarms = new EnumMap<>(FlagType.class);
        List<java.util.Set<String>> truth = crawled.truthSubstances();
        for (Flag f : flags) {
            if (f.type() != FlagType.SCHEDULED_STILL_OFFERED && crawled.injected().stream().noneMatch(e -> explains(e, f))
                    && !(f.type() == FlagType.NEW_SUBSTANCE && trulyNew(truth, f))) {
                falseAlarms.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(f);
            }
        }
        long substanceWeeks = 0;
        for (int i = 1; i < history.size(); i++) {
            substanceWeeks += history.get(i).substances().values().stream().filter(SubstanceWeek::offered).count();
        }
        return new Score(crawled.seed(), variant, outcomes, falseAlarms, substanceWeeks, flags.size(), crawled.took());
    }

    /**
     * Whether the market truly offered the flag's substance in the flag's week after not offering
     * it in the {@value #ABSENCE_WEEKS} weeks before (a background product coming or coming back).
     */
    private static boolean trulyNew(List<java.util.Set<String>> truth, Flag f) {
        int w = (int) week(0).weeksUntil(f.week());
        if (w < 0 || w >= truth.size() || !truth.get(w).contains(f.subject())) {
            return false;
        }
        return truth.subList(Math.max(0, w - ABSENCE_WEEKS), w).stream().noneMatch(s -> s.contains(f.subject()));
    }

    /** DetectionConfig's default absence after which a substance is new again. */
    static final int ABSENCE_WEEKS = 8;

    /** The ISO week in which the crawl of market week {@code w} is recorded. */
    static IsoWeek week(int w) {
        return MarketHistory.week(MarketClock.STANDARD.publishedAt(w).plus(Duration.ofHours(3)));
    }

    private static boolean inWindow(Flag f, int from, int to) {
        long lag = week(from).weeksUntil(f.week());
        return lag >= 0 && lag <= (to - from) + MATCH_WEEKS;
    }

    static boolean matches(Flag f, InjectedEvent e) {
        if (!inWindow(f, e.week(), e.week())) {
            return false;
        }
        String substance = e.substance().orElse("");
        return switch (e.type()) {
            case NEW_SUBSTANCE -> f.type() == FlagType.NEW_SUBSTANCE && f.subject().equals(substance);
            case NEW_UNKNOWN_NAME, UNKNOWN_NAME_SPREADS -> f.type() == FlagType.UNKNOWN_NAME && fold(f.subject()).equals(fold(substance));
            case VOLUME_UP -> volume(f, substance, Direction.UP);
            case VOLUME_DOWN -> volume(f, substance, Direction.DOWN);
            case PRICE_DOWN -> price(f, substance, Direction.DOWN);
            case PRICE_UP -> price(f, substance, Direction.UP);
            case SHOP_VANISHED -> f.type() == FlagType.AVAILABILITY && f.source().equals(e.shop())
                    && f.direction().equals(Optional.of(Direction.DOWN)) && f.dedupKey().contains("|vanished|");
            case SHOP_OUTAGE -> false;
        };
    }

    private static boolean explains(InjectedEvent e, Flag f) {
        return switch (e.type()) {
            case SHOP_OUTAGE -> f.type() == FlagType.AVAILABILITY && f.source().equals(e.shop())
                    && week(e.week()).weeksUntil(f.week()) >= 0 && week(e.week()).weeksUntil(f.week()) <= 4;
            case SHOP_VANISHED -> f.type() == FlagType.AVAILABILITY && f.source().equals(e.shop())
                    && week(e.week()).weeksUntil(f.week()) >= 0;
            case UNKNOWN_NAME_SPREADS -> false;
            default -> matches(f, e);
        };
    }

    private static boolean volume(Flag f, String substance, Direction d) {
        return f.type() == FlagType.VOLUME_CHANGE && f.subject().equals(substance) && f.direction().equals(Optional.of(d));
    }

    private static boolean price(Flag f, String substance, Direction d) {
        return f.type() == FlagType.PRICE_CHANGE && f.subject().equals(substance) && f.direction().equals(Optional.of(d));
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The results table of docs/detection.md over several scores. */
    static String table(List<Score> scores) {
        StringBuilder out = new StringBuilder();
        out.append("| event | events | flagged within 1 week | mean time to flag (weeks) | missed (within ")
                .append(MATCH_WEEKS).append(" weeks) |\n|---|---|---|---|---|\n");
        Map<InjectedEvent.Type, List<EventOutcome>> byType = new TreeMap<>();
        scores.forEach(s -> s.events().forEach(o -> byType.computeIfAbsent(o.event().type(), k -> new ArrayList<>()).add(o)));
        byType.forEach((type, list) -> {
            long within = list.stream().filter(o -> o.within(1)).count();
            double mean = list.stream().filter(o -> o.lag().isPresent()).mapToInt(o -> o.lag().getAsInt()).average().orElse(Double.NaN);
            long missed = list.stream().filter(o -> o.lag().isEmpty()).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d (%.0f%%) | %.2f | %d |%n", type, list.size(), within,
                    100.0 * within / list.size(), mean, missed));
        });
        long substanceWeeks = scores.stream().mapToLong(Score::substanceWeeks).sum();
        out.append("\n| flag type | false alarms | per 100 substance-weeks |\n|---|---|---|\n");
        for (FlagType t : List.of(FlagType.VOLUME_CHANGE, FlagType.PRICE_CHANGE, FlagType.AVAILABILITY, FlagType.NEW_SUBSTANCE,
                FlagType.UNKNOWN_NAME)) {
            long n = scores.stream().mapToLong(s -> s.falseAlarms().getOrDefault(t, List.of()).size()).sum();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f |%n", t, n, 100.0 * n / substanceWeeks));
        }
        out.append(String.format(Locale.ROOT, "%nsubstance-weeks: %d over %d run(s)%n", substanceWeeks, scores.size()));
        return out.toString();
    }

    /** Every event outcome and false alarm, for reading why. */
    static String details(Score s) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "seed %d %s: %d flags, crawl %d s%n", s.seed(), s.variant(),
                s.flags(), s.crawlTook().toSeconds()));
        for (EventOutcome o : s.events()) {
            out.append(String.format(Locale.ROOT, "  %-16s %-18s week %2d: %s%n", o.event().type(),
                    o.event().substance().or(() -> o.event().shop().map(Object::toString)).orElse(""), o.event().week(),
                    o.lag().isPresent() ? "lag " + o.lag().getAsInt() + " " + o.flag().get().explanation() : "NOT FLAGGED"));
        }
        s.falseAlarms().forEach((t, list) -> list.forEach(f -> out.append("  FALSE ").append(t).append(' ').append(f.week())
                .append(' ').append(f.explanation()).append('\n')));
        return out.toString();
    }
}
