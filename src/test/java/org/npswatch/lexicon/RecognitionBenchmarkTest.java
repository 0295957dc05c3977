package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Times recognition over the whole {@link RecognitionCorpus} in every context (run with -Pbenchmark). */
@Tag("benchmark")
class RecognitionBenchmarkTest {
    private static final int WARMUP = 5;
    private static final int RUNS = 9;

    @Test
    void timesRecognitionOverTheCorpus() {
        Lexicon lexicon = Lexicon.fromClasspath();
        List<String> texts = RecognitionCorpus.texts(lexicon);
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += pass(lexicon, texts);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += pass(lexicon, texts);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("recognition benchmark: %d texts x %d contexts, median %d ms, runs %s%n", texts.size(),
                Context.values().length, millis[RUNS / 2], Arrays.toString(millis));
        // A fresh lexicon per run: per-token caches start empty, as on the first pass of an import.
        long[] fresh = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Lexicon cold = Lexicon.fromClasspath();
            long start = System.nanoTime();
            sink += pass(cold, texts);
            fresh[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(fresh);
        System.out.printf("recognition benchmark, fresh lexicon each run: median %d ms, runs %s%n", fresh[RUNS / 2],
                Arrays.toString(fresh));
        assertTrue(sink > 0, "recognised nothing");
    }

    private static long pass(Lexicon lexicon, List<String> texts) {
        long found = 0;
        for (Context c : Context.values()) {
            for (String t : texts) {
                Recognition r = lexicon.recognise(t, c);
                found += r.substances().size() + r.unknownCandidates().size();
            }
        }
        return found;
    }
}
