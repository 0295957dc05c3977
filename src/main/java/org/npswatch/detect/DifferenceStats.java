package org.npswatch.detect;

/**
 * Week-to-week differences of a count series over a window, the raw material of a dispersion
 * estimate: for counts with variance phi*mu, E[(x_i - x_{i-1})^2] is 2*phi*mu and E[x_i + x_{i-1}]
 * is 2*mu, so {@code squares / sums} estimates phi, and a change of level adds one large difference
 * instead of inflating every squared deviation from a mean.
 *
 * @param pairs number of successive pairs in the window
 * @param squares sum of squared differences
 * @param sums sum of the pairs' totals
 */
record DifferenceStats(int pairs, double squares, double sums) {
    /** The differences of {@code counts[from, to)}, clipped at the start of the series. */
    static DifferenceStats of(long[] counts, int from, int to) {
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
        return new DifferenceStats(pairs, squares, sums);
    }

    /** Mean weekly count over the window. */
    double mean() {
        return pairs == 0 ? 0 : sums / (2.0 * pairs);
    }

    /** The raw dispersion estimate; NaN without data. */
    double raw() {
        return sums > 0 ? squares / sums : Double.NaN;
    }

    /**
     * The series' own estimate shrunk towards the prior's value at {@code mean}, weighted by the
     * prior's worth in pairs; never below 1 (quasi-Poisson: a variance below the mean is read as
     * Poisson, since under-dispersed market counts are a counting artefact, not a reason to
     * tighten a threshold).
     */
    double shrunk(DispersionPrior prior, double mean) {
        double p = prior.at(mean);
        if (pairs == 0 || sums <= 0) {
            return p;
        }
        return Math.max(1.0, (pairs * raw() + prior.pairs() * p) / (pairs + prior.pairs()));
    }
}
