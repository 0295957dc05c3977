package org.npswatch.detect;

import java.util.List;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;

/**
 * One kind of early-warning rule. Pure: the same history and week always give the same flags, and
 * only weeks up to {@code week} are read, so a replay sees exactly what a live run would have seen.
 * A detector may return a flag for an event it already returned last week (a running episode); the
 * flag then carries the same de-duplication key and {@link DetectionEngine} drops the repeat.
 */
public sealed interface Detector
        permits NewSubstanceDetector, UnknownNameDetector, VolumeChangeDetector, PriceChangeDetector,
                AvailabilityDetector, ScheduledStillOfferedDetector {
    /** The flags the observations up to and including {@code week} raise for {@code week}. */
    List<Flag> detect(History history, IsoWeek week);

    /** The type of every flag this detector returns. */
    FlagType type();
}
