package org.npswatch.detect;

import java.util.List;
import java.util.Optional;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagState;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.Severity;
import org.npswatch.model.SourceId;

/** Builds open flags with their id derived from the key; keeps the detectors short. */
final class Flags {
    private Flags() {}

    /** The de-duplication key: the parts joined with '|', type first. */
    static String key(FlagType type, Object... parts) {
        StringBuilder key = new StringBuilder(type.name());
        for (Object part : parts) {
            key.append('|').append(part);
        }
        return key.toString();
    }

    static Flag open(
            FlagType type, String subject, Optional<SourceId> source, IsoWeek week, Severity severity,
            Optional<Direction> direction, Optional<Series> series, FlagNumbers numbers, List<String> evidence,
            String dedupKey, String explanation) {
        return new Flag(Flag.idFor(dedupKey), type, subject, source, week, severity, direction, series, numbers,
                evidence, dedupKey, FlagState.OPEN, explanation);
    }

    /** Formats a number for an explanation: integers without decimals, others with one. */
    static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
