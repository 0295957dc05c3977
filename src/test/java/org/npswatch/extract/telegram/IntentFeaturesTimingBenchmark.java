package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.PlaceGazetteer;

/**
 * A plain timing loop (no JMH) over the {@link AnalysisCorpus} messages for the two per-post
 * hotspots of the Telegram import: intent features and place matching. Prints microseconds per
 * text after a warm-up; run with {@code ./mvnw -B -o -Pbenchmark test -Dtest=IntentFeaturesTimingBenchmark}.
 */
@Tag("benchmark")
class IntentFeaturesTimingBenchmark {
    private static final int WARMUP_ROUNDS = 30;
    private static final int TIMED_ROUNDS = 60;

    @Test
    void timesIntentFeaturesAndPlaceMatchingPerMessage() {
        // single messages only: the whole-file entries of the corpus would dominate the time
        List<String> texts = AnalysisCorpus.texts().stream().filter(t -> t.length() < 2_000).toList();
        PlaceGazetteer places = PlaceGazetteer.fromClasspath();
        double features = time(texts, t -> IntentFeatures.of(t).length);
        double placeMatching = time(texts, t -> places.find(t).size());
        System.out.printf("BENCH texts=%d IntentFeatures.of %.2f us/text, PlaceGazetteer.find %.2f us/text%n",
                texts.size(), features, placeMatching);
        assertTrue(features > 0 && placeMatching > 0);
    }

    private static double time(List<String> texts, java.util.function.ToIntFunction<String> work) {
        long sink = 0;
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            for (String t : texts) {
                sink += work.applyAsInt(t);
            }
        }
        long start = System.nanoTime();
        for (int r = 0; r < TIMED_ROUNDS; r++) {
            for (String t : texts) {
                sink += work.applyAsInt(t);
            }
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(sink > 0);
        return elapsed / 1_000.0 / TIMED_ROUNDS / texts.size();
    }
}
