package org.npswatch.detect;

import java.util.Optional;

/**
 * Mean, variance and dispersion of a window of weekly counts.
 *
 * @param weeks number of weeks in the window
 * @param dispersion variance over mean, at least 1 (a Poisson series has 1)
 */
record Baseline(int weeks, double mean, double variance, double dispersion) {
    /**
     * The baseline over {@code counts[from, to)}, clipped at the start of the series; empty when
     * fewer than {@code minWeeks} weeks remain. Dispersion from the window's own variance.
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
        double variance = squares / (n - 1);
        double dispersion = mean > 0 ? Math.max(1.0, variance / mean) : 1.0;
        return Optional.of(new Baseline(n, mean, variance, dispersion));
    }

    double sd() {
        return Math.sqrt(variance);
    }
}
