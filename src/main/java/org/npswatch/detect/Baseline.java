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
     * A dispersion estimated from a handful of weeks is mostly noise, and an underestimate makes
     * the threshold too tight; so the estimate is shrunk towards a mildly overdispersed prior worth
     * this many difference pairs. Measured effect in docs/detection.md.
     */
    private static final double PRIOR_PAIRS = 4;

    /** The prior dispersion: market counts are rarely as regular as Poisson. */
    private static final double PRIOR_DISPERSION = 1.5;

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

    /**
     * The same baseline with its dispersion estimated from successive differences over the longer
     * window {@code counts[from, to)}: for counts with variance phi*mu, E[(x_i - x_{i-1})^2] is
     * 2*phi*mu and E[x_i + x_{i-1}] is 2*mu, so the ratio of their sums estimates phi, and a level
     * change adds only one large difference instead of inflating every squared deviation.
     */
    Baseline withDifferenceDispersion(long[] counts, int from, int to) {
        int start = Math.max(0, from);
        double squares = 0;
        double sums = 0;
        int pairs = 0;
        for (int i = start + 1; i < to; i++) {
            double d = counts[i] - counts[i - 1];
            squares += d * d;
            sums += counts[i] + counts[i - 1];
            pairs++;
        }
        if (pairs < weeks - 1 || sums <= 0) {
            return this;
        }
        double raw = squares / sums;
        double shrunk = (pairs * raw + PRIOR_PAIRS * PRIOR_DISPERSION) / (pairs + PRIOR_PAIRS);
        return new Baseline(weeks, mean, variance, Math.max(1.0, shrunk));
    }

    double sd() {
        return Math.sqrt(variance);
    }
}
