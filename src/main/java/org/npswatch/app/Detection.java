package org.npswatch.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.npswatch.detect.DetectionConfig;
import org.npswatch.detect.DetectionEngine;
import org.npswatch.detect.History;
import org.npswatch.index.OfferIndex;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Flag;
import org.npswatch.store.FlagStore;
import org.npswatch.store.RunLog;

/**
 * Runs detection over what is stored and records the flags: the weekly history is rebuilt from
 * the index and run log, the engine runs (for the latest week and the one before it, or every week
 * in a replay), and the flag store keeps each de-duplication key once, across runs and restarts.
 *
 * <p>A week that a Telegram source has not been read to the end of (the current week, or the last
 * week of an export taken mid-week) holds only part of its posts: volume falls there are held back
 * ({@link ObservationCoverage}). So that they are announced once the week is complete, a live run
 * also looks at the week before the latest one again; flags it announced before are not repeated.
 */
final class Detection {
    /** What a detection run found. */
    record Result(History history, List<Flag> detected, List<Flag> recorded) {}

    private final DetectionEngine engine;

    /** Detection with the documented defaults. */
    Detection() {
        this(DetectionConfig.defaults());
    }

    /** Detection with other settings (replays for tuning and evaluation). */
    Detection(DetectionConfig config) {
        this.engine = new DetectionEngine(config);
    }

    Result run(OfferIndex index, RunLog runLog, Lexicon lexicon, FlagStore flags, boolean replay) {
        History history = MarketHistory.build(index, runLog, lexicon);
        if (history.size() == 0) {
            return new Result(history, List.of(), List.of());
        }
        Set<String> announced = new HashSet<>();
        flags.list(Optional.empty(), Optional.empty()).forEach(f -> announced.add(f.dedupKey()));
        ObservationCoverage coverage = ObservationCoverage.of(runLog);
        List<Flag> detected;
        if (replay) {
            detected = coverage.judgeable(engine.replay(history, announced), history);
        } else {
            detected = new ArrayList<>();
            for (int i = Math.max(0, history.size() - 2); i < history.size(); i++) {
                List<Flag> fresh = coverage.judgeable(engine.detect(history, history.get(i).week(), announced), history);
                fresh.forEach(f -> announced.add(f.dedupKey()));
                detected.addAll(fresh);
            }
        }
        return new Result(history, detected, flags.record(detected));
    }
}
