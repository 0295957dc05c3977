package org.npswatch.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.npswatch.model.Flag;
import org.npswatch.model.IsoWeek;

/**
 * Runs every detector on the history known at the end of a week and drops flags whose
 * de-duplication key was already announced, so each event is announced once.
 */
public final class DetectionEngine {
    private final List<Detector> detectors;

    /** An engine with the six detectors configured by {@code config}. */
    public DetectionEngine(DetectionConfig config) {
        this(List.of(
                new NewSubstanceDetector(config),
                new UnknownNameDetector(),
                new VolumeChangeDetector(config.volume()),
                new PriceChangeDetector(config.price()),
                new AvailabilityDetector(config),
                new ScheduledStillOfferedDetector(config)));
    }

    /** An engine with exactly these detectors (tests, tuning). */
    public DetectionEngine(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /**
     * The new flags for {@code week}: what every detector raises on the history up to that week,
     * without those whose key is in {@code announcedKeys} or repeated within the batch. Ordered by
     * type, subject and key so output is stable.
     */
    public List<Flag> detect(History history, IsoWeek week, Set<String> announcedKeys) {
        History known = history.upTo(week);
        Set<String> keys = new HashSet<>(announcedKeys);
        List<Flag> fresh = new ArrayList<>();
        for (Detector detector : detectors) {
            for (Flag flag : detector.detect(known, week)) {
                if (keys.add(flag.dedupKey())) {
                    fresh.add(flag);
                }
            }
        }
        fresh.sort(Comparator.comparing(Flag::type).thenComparing(Flag::subject).thenComparing(Flag::dedupKey));
        return fresh;
    }

    /**
     * Detection week by week over the whole history, as if it had run live at the end of each week:
     * each flag carries the week it would have fired, and is announced once.
     */
    public List<Flag> replay(History history) {
        return replay(history, Set.of());
    }

    /** {@link #replay(History)} with keys announced before the history started. */
    public List<Flag> replay(History history, Set<String> announcedKeys) {
        Set<String> keys = new HashSet<>(announcedKeys);
        List<Flag> all = new ArrayList<>();
        for (MarketWeek week : history.weeks()) {
            List<Flag> fresh = detect(history, week.week(), keys);
            fresh.forEach(f -> keys.add(f.dedupKey()));
            all.addAll(fresh);
        }
        return all;
    }
}
