package org.npswatch.detect;

import java.util.Optional;

/**
 * Mean and variance of a window of weekly counts (EARS and CUSUM; the negative-binomial method
 * finds its window with {@link LevelShift}).
 *
 * @param weeks number of weeks in the window
 */
record Baseline(int weeks, double mean, double variance) {
    /**
     * The baseline over {@code counts[from, to)}, clipped at the start of the series; empty when
     * fewer than {@code minWeeks} weeks remain.
     */
    static Optional<Baseline> of(long[] counts, int from, int to, int minWeeks) {
        int start = Math.max(0, from);
        int n = to - start;
        if (n < minWeeks || n < 2) {
            return Optional.empty();
        }
        double sum = 0;
        for (int i = start; i < to; i++) {
            sum += counts[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = start; i < to; i++) {
            squares += (counts[i] - mean) * (counts[i] - mean);
        }
        return Optional.of(new Baseline(n, mean, squares / (n - 1)));
    }

    double sd() {
        return Math.sqrt(variance);
    }
}
