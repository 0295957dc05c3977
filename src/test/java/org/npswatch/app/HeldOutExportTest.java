package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.heldout.AnswerKey.EventType;
import org.npswatch.heldout.HeldOutGenerator;
import org.npswatch.heldout.HeldOutScore;
import org.npswatch.heldout.HeldOutScore.EventOutcome;
import org.npswatch.heldout.HistorySpec;

/**
 * What the default detection must achieve on held-out Telegram exports, checked the way an outside
 * checker does it ({@link HeldOutExportHarness} measures the same on many more histories): three
 * seeded 26-week histories of two groups each, Poisson noise, imported, replayed and listed as
 * jsonl through the command line. New substances and novel names are flagged in the week they
 * first appear, nothing else is flagged as new, doublings from at least 30 offer posts a week are
 * flagged within one week, and false volume alarms stay within 1 per 100 substance-weeks.
 */
class HeldOutExportTest {
    private static final long[] SEEDS = {101, 102, 103};

    @TempDir
    Path tmp;

    @Test
    void importedExportsMeetTheEarlyWarningAims() {
        List<HeldOutScore.Score> scores = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (long seed : SEEDS) {
            Path dir = tmp.resolve("h" + seed);
            HeldOutGenerator.Generated history = HeldOutGenerator.write(HistorySpec.standard(seed), dir.resolve("history"));
            HeldOutPipeline.Result r = HeldOutPipeline.run(history, dir.resolve("data"), dir.resolve("config"));
            HeldOutScore.Score s = HeldOutScore.score(history.key(), r.flags());
            scores.add(s);
            details.append(HeldOutScore.details(s));
        }
        String report = HeldOutScore.table(scores) + "\n" + details;

        List<EventOutcome> appearances = scores.stream().flatMap(s -> s.events().stream())
                .filter(e -> e.event().type() == EventType.NEW_SUBSTANCE || e.event().type() == EventType.NOVEL_NAME).toList();
        assertEquals(9, appearances.size(), report);
        appearances.forEach(e -> assertEquals(OptionalInt.of(0), e.lag(), e.event() + "\n" + report));
        assertEquals(0, scores.stream().mapToInt(s -> s.falseAlarms("NEW_SUBSTANCE") + s.falseAlarms("UNKNOWN_NAME")).sum(), report);

        List<EventOutcome> bigDoublings = scores.stream().flatMap(s -> s.events().stream())
                .filter(e -> e.event().type() == EventType.DOUBLING && e.event().level() >= 30).toList();
        assertFalse(bigDoublings.size() < 3, report);
        bigDoublings.forEach(e -> assertTrue(e.within(1), e.event() + "\n" + report));

        long substanceWeeks = scores.stream().mapToLong(HeldOutScore.Score::substanceWeeks).sum();
        int falseVolume = scores.stream().mapToInt(s -> s.falseAlarms("VOLUME_CHANGE")).sum();
        assertTrue(substanceWeeks > 1000, report);
        assertTrue(100.0 * falseVolume / substanceWeeks <= 1.0, report);
    }
}
