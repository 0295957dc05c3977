package org.npswatch.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.npswatch.detect.DetectionConfig.VolumeMethodName;
import org.npswatch.model.Direction;

/**
 * Measures one volume method on synthetic weekly series: false alarms on stationary noise, and
 * time to flag a doubling and a halving that start in week {@value #ONSET}. Alarms are counted as
 * flags would be announced: an alarm in a week that directly follows an alarm in the same
 * direction belongs to the same episode (same de-duplication key) and is not counted again.
 */
final class VolumeBenchmark {
    static final int WEEKS = 30;
    static final int ONSET = 20;
    /** First week scored for false alarms: from here every method has at least 4 baseline weeks. */
    static final int FIRST_SCORED = 8;

    /** One row of the result table. */
    record Row(
            VolumeMethodName method, String noise, double baseline, int series,
            double falseAlarmsPer100Weeks, double rise0, double rise1, double riseMeanDelay,
            double fall1, double fall3, double falseAfterChangePer100Weeks) {
        String markdown() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.1f%% | %.1f%% | %s | %.1f%% | %.1f%% | %.2f |",
                    method.name().toLowerCase(Locale.ROOT), noise, Flags.num(baseline), falseAlarmsPer100Weeks,
                    100 * rise0, 100 * rise1, Double.isNaN(riseMeanDelay) ? "-" : String.format(Locale.ROOT, "%.2f", riseMeanDelay),
                    100 * fall1, 100 * fall3, falseAfterChangePer100Weeks);
        }
    }

    static final String HEADER = "| method | noise | baseline/wk | false flags per 100 series-weeks | doubling flagged in onset week"
            + " | doubling flagged within 1 week | mean weeks to flag doubling | halving flagged within 1 week"
            + " | halving flagged within 3 weeks | false flags per 100 series-weeks after an earlier doubling |\n"
            + "|---|---|---|---|---|---|---|---|---|---|";

    /** Week of the earlier doubling in the re-announcement scenario. */
    static final int EARLY_CHANGE = 6;

    /** From this week on, a flag on the series that doubled in EARLY_CHANGE is a re-announcement. */
    static final int AFTER_EARLY_CHANGE = EARLY_CHANGE + 4;

    private VolumeBenchmark() {}

    static Row run(VolumeMethodName method, Noise noise, double baseline, int series, long seed) {
        return run(DetectionConfig.defaults().volume().withMethod(method), noise, baseline, series, seed);
    }

    static Row run(DetectionConfig.Volume config, Noise noise, double baseline, int series, long seed) {
        VolumeMethodName method = config.method();
        VolumeChangeDetector detector = new VolumeChangeDetector(config);
        SplittableRandom random = new SplittableRandom(seed);
        long falseFlags = 0;
        long scoredWeeks = 0;
        long falseAfterChange = 0;
        int rise0 = 0, rise1 = 0, fall1 = 0, fall3 = 0, riseDetected = 0;
        double riseDelaySum = 0;
        DispersionPrior[] priors = null;
        for (int r = 0; r < series; r++) {
            if (r % PANEL_EVERY == 0) {
                priors = referencePriors(config, noise, random);
            }
            long[] flat = generate(noise, baseline, 1.0, random);
            for (Direction d : Direction.values()) {
                falseFlags += episodes(detector, flat, d, FIRST_SCORED, WEEKS, priors, config.episodeGapWeeks());
            }
            scoredWeeks += WEEKS - FIRST_SCORED;
            int up = delay(detector, generate(noise, baseline, 2.0, random), Direction.UP, priors);
            rise0 += up == 0 ? 1 : 0;
            rise1 += up <= 1 ? 1 : 0;
            if (up < Integer.MAX_VALUE) {
                riseDetected++;
                riseDelaySum += up;
            }
            int down = delay(detector, generate(noise, baseline, 0.5, random), Direction.DOWN, priors);
            fall1 += down <= 1 ? 1 : 0;
            fall3 += down <= 3 ? 1 : 0;
            long[] changedEarly = generate(noise, baseline, 2.0, EARLY_CHANGE, random);
            for (Direction d : Direction.values()) {
                falseAfterChange += episodes(detector, changedEarly, d, AFTER_EARLY_CHANGE, WEEKS, priors, config.episodeGapWeeks());
            }
        }
        return new Row(method, noise.name(), baseline, series, 100.0 * falseFlags / scoredWeeks,
                (double) rise0 / series, (double) rise1 / series,
                riseDetected == 0 ? Double.NaN : riseDelaySum / riseDetected, (double) fall1 / series, (double) fall3 / series,
                100.0 * falseAfterChange / ((long) series * (WEEKS - AFTER_EARLY_CHANGE)));
    }

    /** A series at {@code baseline} that is multiplied by {@code factor} from week ONSET on. */
    static long[] generate(Noise noise, double baseline, double factor, SplittableRandom random) {
        return generate(noise, baseline, factor, ONSET, random);
    }

    /** A series at {@code baseline} that is multiplied by {@code factor} from week {@code onset} on. */
    static long[] generate(Noise noise, double baseline, double factor, int onset, SplittableRandom random) {
        long[] counts = new long[WEEKS];
        for (int i = 0; i < WEEKS; i++) {
            counts[i] = noise.draw(i >= onset ? baseline * factor : baseline, random);
        }
        return counts;
    }

    /** Reference series the dispersion prior is pooled from, as the rest of a market would be. */
    static final double[] REFERENCE_LEVELS = {3, 5, 8, 10, 12, 15, 20, 30, 50, 80};

    static final int REFERENCE_SERIES = 40;

    /** A new reference market every this many tested series, so the prior's own noise is sampled too. */
    static final int PANEL_EVERY = 25;

    /**
     * The dispersion prior of each week, pooled over a reference market of {@value #REFERENCE_SERIES}
     * stationary series at mixed levels with the same noise, as the engine pools it over the other
     * substances of a market.
     */
    static DispersionPrior[] referencePriors(DetectionConfig.Volume config, Noise noise, SplittableRandom random) {
        long[][] panel = new long[REFERENCE_SERIES][];
        for (int i = 0; i < REFERENCE_SERIES; i++) {
            panel[i] = generate(noise, REFERENCE_LEVELS[i % REFERENCE_LEVELS.length], 1.0, random);
        }
        DispersionPrior[] priors = new DispersionPrior[WEEKS];
        for (int t = 0; t < WEEKS; t++) {
            int end = t - config.guardWeeks();
            List<DifferenceStats> stats = new ArrayList<>();
            for (long[] series : panel) {
                stats.add(DifferenceStats.of(series, end - config.dispersionWeeks(), end));
            }
            priors[t] = DispersionPrior.pooled(stats, config.negativeBinomial().pooledDispersionPairs());
        }
        return priors;
    }

    /**
     * Announced flags in weeks [from, to): alarms that start an episode, i.e. that follow more
     * than {@code gap} quiet weeks (the engine's episodeGapWeeks), as the engine announces them.
     */
    static int episodes(VolumeChangeDetector detector, long[] counts, Direction d, int from, int to, DispersionPrior[] priors,
            int gap) {
        int flags = 0;
        int lastAlarm = Integer.MIN_VALUE / 2;
        for (int t = Math.max(0, from - 1 - gap); t < from; t++) {
            if (detector.alarm(counts, t, d, priors[t]).isPresent()) {
                lastAlarm = t;
            }
        }
        for (int t = from; t < to; t++) {
            if (detector.alarm(counts, t, d, priors[t]).isPresent()) {
                if (t - lastAlarm > gap + 1) {
                    flags++;
                }
                lastAlarm = t;
            }
        }
        return flags;
    }

    /** Weeks from the onset to the first alarm in direction d, or MAX_VALUE when none. */
    static int delay(VolumeChangeDetector detector, long[] counts, Direction d, DispersionPrior[] priors) {
        for (int t = ONSET; t < WEEKS; t++) {
            if (detector.alarm(counts, t, d, priors[t]).isPresent()) {
                return t - ONSET;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The whole table: every method, noise and baseline. */
    static List<Row> table(List<Noise> noises, double[] baselines, int series, long seed) {
        List<Row> rows = new ArrayList<>();
        for (VolumeMethodName method : VolumeMethodName.values()) {
            for (Noise noise : noises) {
                for (double baseline : baselines) {
                    rows.add(run(method, noise, baseline, series, seed));
                }
            }
        }
        return rows;
    }
}
