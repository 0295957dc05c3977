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
            double fall1, double fall3) {
        String markdown() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.1f%% | %.1f%% | %s | %.1f%% | %.1f%% |",
                    method.name().toLowerCase(Locale.ROOT), noise, Flags.num(baseline), falseAlarmsPer100Weeks,
                    100 * rise0, 100 * rise1, Double.isNaN(riseMeanDelay) ? "-" : String.format(Locale.ROOT, "%.2f", riseMeanDelay),
                    100 * fall1, 100 * fall3);
        }
    }

    static final String HEADER = "| method | noise | baseline/wk | false flags per 100 series-weeks | doubling flagged in onset week"
            + " | doubling flagged within 1 week | mean weeks to flag doubling | halving flagged within 1 week"
            + " | halving flagged within 3 weeks |\n|---|---|---|---|---|---|---|---|---|";

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
        int rise0 = 0, rise1 = 0, fall1 = 0, fall3 = 0, riseDetected = 0;
        double riseDelaySum = 0;
        for (int r = 0; r < series; r++) {
            long[] flat = generate(noise, baseline, 1.0, random);
            for (Direction d : Direction.values()) {
                falseFlags += episodes(detector, flat, d, FIRST_SCORED, WEEKS);
            }
            scoredWeeks += WEEKS - FIRST_SCORED;
            int up = delay(detector, generate(noise, baseline, 2.0, random), Direction.UP);
            rise0 += up == 0 ? 1 : 0;
            rise1 += up <= 1 ? 1 : 0;
            if (up < Integer.MAX_VALUE) {
                riseDetected++;
                riseDelaySum += up;
            }
            int down = delay(detector, generate(noise, baseline, 0.5, random), Direction.DOWN);
            fall1 += down <= 1 ? 1 : 0;
            fall3 += down <= 3 ? 1 : 0;
        }
        return new Row(method, noise.name(), baseline, series, 100.0 * falseFlags / scoredWeeks,
                (double) rise0 / series, (double) rise1 / series,
                riseDetected == 0 ? Double.NaN : riseDelaySum / riseDetected, (double) fall1 / series, (double) fall3 / series);
    }

    /** A series at {@code baseline} that is multiplied by {@code factor} from week ONSET on. */
    static long[] generate(Noise noise, double baseline, double factor, SplittableRandom random) {
        long[] counts = new long[WEEKS];
        for (int i = 0; i < WEEKS; i++) {
            counts[i] = noise.draw(i >= ONSET ? baseline * factor : baseline, random);
        }
        return counts;
    }

    /** Announced flags (episode starts) in weeks [from, to). */
    static int episodes(VolumeChangeDetector detector, long[] counts, Direction d, int from, int to) {
        int flags = 0;
        boolean previous = from > 0 && detector.alarm(counts, from - 1, d).isPresent();
        for (int t = from; t < to; t++) {
            boolean now = detector.alarm(counts, t, d).isPresent();
            if (now && !previous) {
                flags++;
            }
            previous = now;
        }
        return flags;
    }

    /** Weeks from the onset to the first alarm in direction d, or MAX_VALUE when none. */
    static int delay(VolumeChangeDetector detector, long[] counts, Direction d) {
        for (int t = ONSET; t < WEEKS; t++) {
            if (detector.alarm(counts, t, d).isPresent()) {
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
