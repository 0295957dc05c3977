package org.npswatch.app;

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
 * the index and run log, the engine runs (for the latest week, or every week in a replay), and
 * the flag store keeps each de-duplication key once, across runs and restarts.
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
        List<Flag> detected = replay
                ? engine.replay(history, announced)
                : engine.detect(history, history.get(history.size() - 1).week(), announced);
        return new Result(history, detected, flags.record(detected));
    }
}
