package org.npswatch.heldout;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.npswatch.heldout.AnswerKey.Event;
import org.npswatch.heldout.AnswerKey.EventType;

/**
 * Scores the flags of one history ({@code flags --format jsonl}, read as JSON the way an outside
 * checker reads them) against its answer key.
 *
 * <p>An event is <em>flagged</em> when a flag of the matching type, subject and direction names its
 * week or one up to {@link #MATCH_WEEKS} weeks later; the lag is its time to flag in weeks (0: the
 * first week that shows it). Matching: NEW_SUBSTANCE by the canonical name; a novel name by an
 * UNKNOWN_NAME flag whose name folds (case, separators) to it; a doubling by VOLUME_CHANGE up, a
 * halving by VOLUME_CHANGE down, a price drop by PRICE_CHANGE down, each on the substance.
 *
 * <p>False alarms: a VOLUME_CHANGE (PRICE_CHANGE) flag without a volume (price) event of the same
 * substance and direction in the 0..4 weeks before it; a NEW_SUBSTANCE flag for a substance not
 * truly offered for the first time (or after more than 8 weeks without offers) in that week, or
 * in week 0; an UNKNOWN_NAME flag that folds to no novel name of the history; every other flag
 * (there are no shops or outages in an export). Substance-weeks: subjects with at least one offer
 * post in a week, summed over weeks 1 to the last.
 */
public final class HeldOutScore {
    public static final int MATCH_WEEKS = 4;
    private static final int ABSENCE_WEEKS = 8;

    /** One flag as the jsonl gives it. */
    public record FlagLine(String id, String type, String subject, String isoWeek, int week, Optional<String> direction,
            Optional<String> series) {
        static FlagLine of(JsonNode n, AnswerKey key) {
            String iso = n.path("week").asText();
            return new FlagLine(n.path("id").asText(), n.path("type").asText(), n.path("substance").asText(), iso,
                    key.weekIndex(iso), text(n, "direction"), text(n, "series"));
        }

        private static Optional<String> text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
        }

        @Override
        public String toString() {
            return type + " " + subject + " " + isoWeek + " (week " + week + ")" + direction.map(d -> " " + d).orElse("")
                    + series.map(s -> " " + s).orElse("");
        }
    }

    /** An injected event and when it was flagged. */
    public record EventOutcome(Event event, OptionalInt lag, Optional<FlagLine> flag) {
        public boolean within(int weeks) {
            return lag.isPresent() && lag.getAsInt() <= weeks;
        }
    }

    /** The score of one history. */
    public record Score(long seed, String noise, List<EventOutcome> events, Map<String, List<FlagLine>> falseAlarms,
            long substanceWeeks, int flags) {
        public List<EventOutcome> of(EventType type) {
            return events.stream().filter(e -> e.event().type() == type).toList();
        }

        public int falseAlarms(String flagType) {
            return falseAlarms.getOrDefault(flagType, List.of()).size();
        }
    }

    private HeldOutScore() {}

    public static Score score(AnswerKey key, List<JsonNode> jsonl) {
        List<FlagLine> flags = jsonl.stream().map(n -> FlagLine.of(n, key)).toList();
        List<EventOutcome> outcomes = new ArrayList<>();
        for (Event e : key.events()) {
            Optional<FlagLine> first = flags.stream()
                    .filter(f -> matches(f, e))
                    .filter(f -> f.week() >= e.week() && f.week() - e.week() <= MATCH_WEEKS)
                    .min((a, b) -> Integer.compare(a.week(), b.week()));
            outcomes.add(new EventOutcome(e, first.map(f -> OptionalInt.of(f.week() - e.week())).orElse(OptionalInt.empty()), first));
        }
        Map<String, List<FlagLine>> falseAlarms = new TreeMap<>();
        for (FlagLine f : flags) {
            if (!explained(f, key)) {
                falseAlarms.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(f);
            }
        }
        long substanceWeeks = 0;
        for (AnswerKey.SubstanceTruth s : key.substances()) {
            for (int w = 1; w < key.weeks(); w++) {
                substanceWeeks += s.offerPosts().get(w) > 0 ? 1 : 0;
            }
        }
        return new Score(key.seed(), key.noise(), outcomes, falseAlarms, substanceWeeks, flags.size());
    }

    private static boolean matches(FlagLine f, Event e) {
        return switch (e.type()) {
            case NEW_SUBSTANCE -> f.type().equals("NEW_SUBSTANCE") && f.subject().equals(e.subject());
            case NOVEL_NAME -> f.type().equals("UNKNOWN_NAME") && fold(f.subject()).equals(fold(e.subject()));
            case DOUBLING -> f.type().equals("VOLUME_CHANGE") && f.subject().equals(e.subject()) && f.direction().equals(Optional.of("up"));
            case HALVING -> f.type().equals("VOLUME_CHANGE") && f.subject().equals(e.subject()) && f.direction().equals(Optional.of("down"));
            case PRICE_DROP -> f.type().equals("PRICE_CHANGE") && f.subject().equals(e.subject()) && f.direction().equals(Optional.of("down"));
        };
    }

    private static boolean explained(FlagLine f, AnswerKey key) {
        if (f.week() < 0) {
            return false;
        }
        return switch (f.type()) {
            case "VOLUME_CHANGE", "PRICE_CHANGE" -> key.events().stream()
                    .filter(e -> e.type() != EventType.NEW_SUBSTANCE && e.type() != EventType.NOVEL_NAME)
                    .anyMatch(e -> matches(f, e) && f.week() >= e.week() && f.week() - e.week() <= MATCH_WEEKS);
            case "NEW_SUBSTANCE" -> f.week() >= 1 && trulyNew(key, f.subject(), f.week());
            case "UNKNOWN_NAME" -> key.events().stream().anyMatch(e -> e.type() == EventType.NOVEL_NAME && matches(f, e));
            default -> false;
        };
    }

    /** Offered in the week and in none of the 8 weeks before it. */
    static boolean trulyNew(AnswerKey key, String substance, int week) {
        if (key.offerPosts(substance, week) == 0) {
            return false;
        }
        for (int w = Math.max(0, week - ABSENCE_WEEKS); w < week; w++) {
            if (key.offerPosts(substance, w) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Case and separators folded away: "4F-3-MMC" and "4f3mmc" are one name. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace('α', 'a').replaceAll("[^\\p{L}\\p{N}]", "");
    }

    // ---- tables -------------------------------------------------------------------------------

    /** Markdown tables over many histories: events by type, doublings by level, false alarms by flag type. */
    public static String table(List<Score> scores) {
        StringBuilder b = new StringBuilder();
        long substanceWeeks = scores.stream().mapToLong(Score::substanceWeeks).sum();
        b.append("Histories: ").append(scores.size()).append(", substance-weeks: ").append(substanceWeeks)
                .append(", flags: ").append(scores.stream().mapToInt(Score::flags).sum()).append("\n\n");
        b.append("| event | events | flagged in week 0 | within 1 week | mean weeks to flag | missed (not within 4 weeks) |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (EventType t : EventType.values()) {
            eventRow(b, t.name(), all(scores, e -> e.event().type() == t));
        }
        b.append("\nDoublings by level before the event (expected offer posts a week):\n\n");
        b.append("| level | events | flagged in week 0 | within 1 week | mean weeks to flag | missed (not within 4 weeks) |\n");
        b.append("|---|---|---|---|---|---|\n");
        double[][] bands = {{10, 20}, {20, 40}, {40, Double.MAX_VALUE}};
        for (double[] band : bands) {
            String label = band[1] == Double.MAX_VALUE ? ">= " + (int) band[0] : (int) band[0] + "-" + (int) band[1];
            eventRow(b, label, all(scores, e -> e.event().type() == EventType.DOUBLING && e.event().level() >= band[0]
                    && e.event().level() < band[1]));
        }
        eventRow(b, ">= 10 (all)", all(scores, e -> e.event().type() == EventType.DOUBLING && e.event().level() >= 10));
        b.append("\nFalse alarms:\n\n| flag type | false alarms | per 100 substance-weeks |\n|---|---|---|\n");
        Map<String, Integer> byType = new TreeMap<>();
        for (String t : List.of("VOLUME_CHANGE", "NEW_SUBSTANCE", "UNKNOWN_NAME", "PRICE_CHANGE", "AVAILABILITY")) {
            byType.put(t, 0);
        }
        scores.forEach(s -> s.falseAlarms().forEach((t, l) -> byType.merge(t, l.size(), Integer::sum)));
        byType.forEach((t, n) -> b.append("| ").append(t).append(" | ").append(n).append(" | ")
                .append(fmt(substanceWeeks == 0 ? 0 : 100.0 * n / substanceWeeks)).append(" |\n"));
        Map<String, Integer> volumeBySeries = new TreeMap<>();
        scores.forEach(s -> s.falseAlarms().getOrDefault("VOLUME_CHANGE", List.of())
                .forEach(f -> volumeBySeries.merge(f.direction().orElse("-") + " / " + f.series().orElse("-"), 1, Integer::sum)));
        if (!volumeBySeries.isEmpty()) {
            b.append("\nFalse VOLUME_CHANGE flags by direction / series: ");
            b.append(String.join(", ", volumeBySeries.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
                    .append("\n");
        }
        return b.toString();
    }

    private static List<EventOutcome> all(List<Score> scores, Predicate<EventOutcome> p) {
        return scores.stream().flatMap(s -> s.events().stream()).filter(p).toList();
    }

    private static void eventRow(StringBuilder b, String label, List<EventOutcome> o) {
        long n = o.size();
        long lag0 = o.stream().filter(e -> e.within(0)).count();
        long within1 = o.stream().filter(e -> e.within(1)).count();
        List<Integer> lags = o.stream().filter(e -> e.lag().isPresent()).map(e -> e.lag().getAsInt()).toList();
        String mean = lags.isEmpty() ? "-" : fmt(lags.stream().mapToInt(Integer::intValue).average().orElse(0));
        b.append("| ").append(label).append(" | ").append(n).append(" | ").append(count(lag0, n)).append(" | ")
                .append(count(within1, n)).append(" | ").append(mean).append(" | ").append(n - lags.size()).append(" |\n");
    }

    private static String count(long k, long n) {
        return n == 0 ? "-" : k + " (" + Math.round(100.0 * k / n) + "%)";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Every event and false alarm of one history, for reading what went wrong. */
    public static String details(Score s) {
        StringBuilder b = new StringBuilder("### seed " + s.seed() + " (" + s.noise() + ")\n\n");
        for (EventOutcome o : s.events()) {
            Event e = o.event();
            b.append("- ").append(e.type()).append(' ').append(e.subject()).append(" week ").append(e.week())
                    .append(String.format(Locale.ROOT, " (level %.1f)", e.level())).append(": ")
                    .append(o.lag().isPresent() ? "flagged after " + o.lag().getAsInt() + " week(s)" : "MISSED").append('\n');
        }
        s.falseAlarms().forEach((t, l) -> l.forEach(f -> b.append("- false: ").append(f).append('\n')));
        return b.append('\n').toString();
    }
}
