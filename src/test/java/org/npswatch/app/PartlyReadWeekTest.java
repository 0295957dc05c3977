package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.detect.DetectionConfig;
import org.npswatch.detect.DetectionEngine;
import org.npswatch.detect.History;
import org.npswatch.heldout.HeldOutGenerator;
import org.npswatch.heldout.HistorySpec;
import org.npswatch.index.OfferIndex;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.store.RunLog;

/**
 * Telegram counts are sums over a week's posts, so a week read only in part (an export taken on a
 * Tuesday, a channel read this morning) shows a fall of everything. Such falls are held back until
 * the week has been read in full ({@link ObservationCoverage}); a live {@code detect} looks at the
 * week before the latest again, so nothing is lost.
 */
class PartlyReadWeekTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void anExportTakenOnTuesdayRaisesNoFallInItsLastWeek() {
        HeldOutGenerator.Generated history = HeldOutGenerator.write(HistorySpec.standard(5).withWeeks(14).withLastWeekDays(2),
                tmp.resolve("history"));
        HeldOutPipeline.Result r = HeldOutPipeline.run(history, tmp.resolve("data"), tmp.resolve("config"));
        String lastWeek = history.key().isoWeeks().getLast();
        assertEquals(List.of(), r.flags().stream().filter(f -> isFall(f) && f.path("week").asText().equals(lastWeek))
                .map(JsonNode::toString).toList());

        // the engine alone, on the same history, reads the missing five days as falls
        Lexicon lexicon = Lexicon.fromClasspath();
        try (OfferIndex index = OfferIndex.openReadOnly(tmp.resolve("data"), lexicon)) {
            History h = MarketHistory.build(index, RunLog.open(tmp.resolve("data")), lexicon);
            List<Flag> engine = new DetectionEngine(DetectionConfig.defaults()).replay(h);
            assertTrue(engine.stream().filter(f -> f.type() == FlagType.VOLUME_CHANGE && f.direction().equals(java.util.Optional.of(Direction.DOWN)))
                    .filter(f -> f.week().equals(IsoWeek.parse(lastWeek))).count() >= 3, engine.toString());
        }
    }

    /**
     * One export slice a week (messages up to Tuesday noon of the next week), each imported and
     * followed by a live {@code detect}: the falls and new substances announced are exactly those a
     * replay announces over the whole export at once, although every latest week was read in part.
     */
    @Test
    void weeklyLiveRunsOnPartlyReadWeeksAnnounceWhatAReplayOfTheWholeHistoryAnnounces() throws IOException {
        HistorySpec spec = new HistorySpec(23, 16, java.time.LocalDate.of(2026, 2, 2), org.npswatch.heldout.CountNoise.POISSON, 1, 8,
                2, 1, 2, 0, 0, 7);
        HeldOutGenerator.Generated history = HeldOutGenerator.write(spec, tmp.resolve("history"));
        Path export = history.exports().getFirst();
        JsonNode whole = JSON.readTree(export.toFile());

        Path live = tmp.resolve("live");
        Path config = tmp.resolve("config");
        config.toFile().mkdirs();
        Instant from = Instant.EPOCH;
        for (int w = 0; w < spec.weeks(); w++) {
            Instant to = w == spec.weeks() - 1 ? Instant.parse("9999-01-01T00:00:00Z")
                    : LocalDateTime.of(spec.start().plusWeeks(w + 1).plusDays(1), java.time.LocalTime.NOON)
                            .atZone(MarketHistory.ZONE).toInstant();
            Path slice = tmp.resolve("slices").resolve("week-" + w + ".json");
            slice(whole, from, to, slice);
            from = to;
            assertEquals(0, CliRun.in(live, config, CliRun.WITH_KEY, "import", "--telegram-export", slice.toString()).code());
            assertEquals(0, CliRun.in(live, config, CliRun.WITH_KEY, "detect").code());
        }
        Set<String> liveFlags = fallsAndNewSubstances(live, config);

        Path once = tmp.resolve("once");
        assertEquals(0, CliRun.in(once, config, CliRun.WITH_KEY, "import", "--telegram-export", export.toString()).code());
        assertEquals(0, CliRun.in(once, config, CliRun.WITH_KEY, "detect", "--replay").code());
        Set<String> replayFlags = fallsAndNewSubstances(once, config);

        assertFalse(replayFlags.stream().noneMatch(f -> f.startsWith("VOLUME_CHANGE")), replayFlags.toString());
        assertFalse(replayFlags.stream().noneMatch(f -> f.startsWith("NEW_SUBSTANCE")), replayFlags.toString());
        assertEquals(replayFlags, liveFlags);
    }

    private static Set<String> fallsAndNewSubstances(Path data, Path config) throws IOException {
        CliRun r = CliRun.in(data, config, CliRun.WITH_KEY, "flags", "--format", "jsonl");
        assertEquals(0, r.code(), r.toString());
        Set<String> out = new TreeSet<>();
        for (String line : r.lines()) {
            JsonNode f = JSON.readTree(line);
            if (isFall(f) || f.path("type").asText().equals("NEW_SUBSTANCE")) {
                out.add(f.path("type").asText() + " " + f.path("substance").asText() + " " + f.path("week").asText());
            }
        }
        return out;
    }

    private static boolean isFall(JsonNode f) {
        return f.path("type").asText().equals("VOLUME_CHANGE") && f.path("direction").asText().equals("down");
    }

    /** The export with only the messages posted in [from, to): what a Telegram Desktop export of that range holds. */
    private static void slice(JsonNode whole, Instant from, Instant to, Path out) throws IOException {
        ObjectNode copy = whole.deepCopy();
        ArrayNode kept = copy.putArray("messages");
        for (JsonNode m : whole.path("messages")) {
            Instant at = Instant.ofEpochSecond(Long.parseLong(m.path("date_unixtime").asText()));
            if (!at.isBefore(from) && at.isBefore(to)) {
                kept.add(m);
            }
        }
        out.getParent().toFile().mkdirs();
        JSON.writeValue(out.toFile(), copy);
    }
}
