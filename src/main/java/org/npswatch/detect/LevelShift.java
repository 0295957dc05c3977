package org.npswatch.detect;

import java.util.Optional;

/**
 * Where a count series changed level inside a baseline window, so the baseline holds one level.
 *
 * <p>A long baseline estimates the mean better (the uncertainty of the mean widens every
 * threshold), but after a lasting change it mixes two levels: a doubled series then keeps rising
 * against a baseline that catches up only slowly, and alarms again and again. So the window is cut
 * at its most significant split, when that split is unlikely under one level: the baseline is the
 * weeks after the split once there are enough of them, and until then the weeks before it (the
 * change is still news, and the episode that announced it goes on).
 */
final class LevelShift {
    /** Weeks {@code [from, to)} of a series. */
    record Segment(int from, int to) {
        int weeks() {
            return to - from;
        }
    }

    /** Fewest weeks on each side of a split. */
    private static final int MIN_SIDE = 2;

    private LevelShift() {}

    /**
     * The baseline segment of the window {@code counts[from, to)}; empty when the window has a
     * shift and neither side has {@code minWeeks} weeks (a young series that has not settled).
     *
     * @param dispersion variance over mean of the counts, at least 1
     * @param z a split is a shift when its standardised difference of means exceeds this
     */
    static Optional<Segment> baseline(long[] counts, int from, int to, int minWeeks, double dispersion, double z) {
        int n = to - from;
        if (n < 2 * MIN_SIDE) {
            return Optional.of(new Segment(from, to));
        }
        double total = 0;
        for (int i = from; i < to; i++) {
            total += counts[i];
        }
        double pooledMean = Math.max(total / n, 0.5);
        double before = 0;
        double best = 0;
        int split = -1;
        for (int j = from; j < to - MIN_SIDE; j++) {
            before += counts[j];
            int n1 = j + 1 - from;
            if (n1 < MIN_SIDE) {
                continue;
            }
            int n2 = to - (j + 1);
            double m1 = before / n1;
            double m2 = (total - before) / n2;
            double score = Math.abs(m2 - m1) / Math.sqrt(dispersion * pooledMean * (1.0 / n1 + 1.0 / n2));
            if (score > best) {
                best = score;
                split = j + 1;
            }
        }
        if (!(best > z)) {
            return Optional.of(new Segment(from, to));
        }
        if (to - split >= minWeeks) {
            return Optional.of(new Segment(split, to));
        }
        if (split - from >= minWeeks) {
            return Optional.of(new Segment(from, split));
        }
        return Optional.empty();
    }
}
