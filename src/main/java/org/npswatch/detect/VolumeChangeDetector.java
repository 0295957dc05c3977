package org.npswatch.detect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.Severity;

/**
 * VOLUME_CHANGE: significant rises and falls of the weekly count series of each substance. Every
 * watched series is tested with the configured {@link VolumeMethod}; an alarm must also pass the
 * minimum-count rules (a rise needs a baseline mean and an observed count above minimums, a fall a
 * baseline large enough for a fall to be measurable, both a minimum relative change). At most one
 * flag per substance, direction and week, naming the most significant series: the series of one
 * substance move together, and one surge announced five times would be five alarms for one event.
 * A running episode (alarms in consecutive weeks) keeps the key of the week it started.
 */
public final class VolumeChangeDetector implements Detector {
    private final DetectionConfig.Volume config;
    private final VolumeMethod method;

    public VolumeChangeDetector(DetectionConfig.Volume config) {
        this.config = config;
        this.method = VolumeMethod.from(config);
    }

    @Override
    public FlagType type() {
        return FlagType.VOLUME_CHANGE;
    }

    @Override
    public List<Flag> detect(History history, IsoWeek week) {
        int t = history.require(week);
        List<Flag> flags = new ArrayList<>();
        for (String substance : history.substancesUpTo(t)) {
            Map<Series, long[]> series = new EnumMap<>(Series.class);
            for (Series s : config.series()) {
                series.put(s, history.counts(substance, s, t));
            }
            for (Direction direction : Direction.values()) {
                strongest(series, t, direction).ifPresent(alarm -> {
                    int start = episodeStart(series, t, direction);
                    flags.add(flag(history, substance, week, alarm, history.get(start).week()));
                });
            }
        }
        return flags;
    }

    /** The method's alarm for week t if it passes the minimum-count rules. */
    Optional<VolumeAlarm> alarm(long[] counts, int t, Direction direction) {
        return method.test(counts, t, direction).filter(this::passesMinimums);
    }

    private boolean passesMinimums(VolumeAlarm a) {
        if (a.direction() == Direction.UP) {
            return a.expected() >= config.minBaselineRise()
                    && a.observed() >= config.minObservedRise()
                    && a.observed() >= a.expected() * (1 + config.minRelativeChange());
        }
        return a.expected() >= config.minBaselineFall() && a.observed() <= a.expected() * (1 - config.minRelativeChange());
    }

    private record SeriesAlarm(Series series, VolumeAlarm alarm) {}

    private Optional<SeriesAlarm> strongest(Map<Series, long[]> series, int t, Direction direction) {
        SeriesAlarm best = null;
        for (Map.Entry<Series, long[]> e : series.entrySet()) {
            Optional<VolumeAlarm> a = alarm(e.getValue(), t, direction);
            if (a.isPresent() && (best == null || a.get().strength() > best.alarm().strength())) {
                best = new SeriesAlarm(e.getKey(), a.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first week of the run of consecutive alarming weeks that ends at t. */
    private int episodeStart(Map<Series, long[]> series, int t, Direction direction) {
        int start = t;
        while (start > 0 && t - start < config.episodeLookbackWeeks()
                && strongest(series, start - 1, direction).isPresent()) {
            start--;
        }
        return start;
    }

    private Flag flag(History history, String substance, IsoWeek week, SeriesAlarm found, IsoWeek start) {
        VolumeAlarm a = found.alarm();
        double ratio = a.expected() > 0 ? a.observed() / a.expected() : Double.POSITIVE_INFINITY;
        Severity severity = a.direction() == Direction.UP
                ? ratio >= 3 ? Severity.HIGH : ratio >= 2 ? Severity.MEDIUM : Severity.LOW
                : ratio <= 1.0 / 3 ? Severity.HIGH : ratio <= 0.5 ? Severity.MEDIUM : Severity.LOW;
        String span = a.windowWeeks() == 2 ? " a week over the last two weeks" : " in " + week;
        String explanation = substance + " " + found.series().wireName() + " "
                + (a.direction() == Direction.UP ? "rose" : "fell") + " to " + Flags.num(a.observed()) + span
                + " against a baseline of " + Flags.num(a.expected()) + " a week (" + method.name()
                + " threshold " + Flags.num(a.threshold()) + ", statistic " + String.format(java.util.Locale.ROOT, "%.3g", a.statistic()) + ")";
        List<String> evidence = history.get(history.require(week)).substance(substance)
                .map(SubstanceWeek::evidence).orElse(List.of());
        return Flags.open(FlagType.VOLUME_CHANGE, substance, Optional.empty(), week, severity,
                Optional.of(a.direction()), Optional.of(found.series()),
                FlagNumbers.of(a.observed(), a.expected(), a.threshold(), a.statistic(), method.name()), evidence,
                Flags.key(FlagType.VOLUME_CHANGE, substance, a.direction().wireName(), start), explanation);
    }
}
