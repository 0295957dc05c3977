package org.npswatch.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dispersion (variance over mean) a count series is expected to have before its own weeks are
 * looked at: {@code phi(m) = intercept + slope * m}, never below 1, worth {@code pairs} successive
 * differences of evidence when it is combined with the series' own estimate.
 *
 * <p>A dispersion estimated from one series' 26 weeks is noisy (relative error about a third), and
 * an underestimate makes a threshold too tight, which is where most false alarms on overdispersed
 * counts come from. The substances of one market share how their counts scatter, so the prior is
 * fitted across all substances' series of the same kind ({@link #pooled}), borrowing strength as
 * hierarchical surveillance models do. Variance that grows faster than the mean (negative
 * binomial: var = m + m^2/k, so phi = 1 + m/k) is what the slope is for; Poisson and
 * quasi-Poisson counts give a flat line.
 */
record DispersionPrior(double intercept, double slope, double pairs) {
    /**
     * The prior when too few series are available to pool: mildly overdispersed, worth 4 pairs,
     * because market counts are rarely as regular as Poisson.
     */
    static final DispersionPrior FALLBACK = new DispersionPrior(1.5, 0, 4);

    /** Fewest series with enough data to fit a pooled prior. */
    static final int MIN_SERIES = 6;

    /** Fewest pairs and smallest mean for a series to enter the pooled fit. */
    private static final int MIN_PAIRS = 2;

    private static final double MIN_MEAN = 1.0;

    /** The expected dispersion at mean {@code m}. */
    double at(double m) {
        return Math.max(1.0, intercept + slope * Math.max(0, m));
    }

    /**
     * Fits the prior across series: the series are split at their median mean, each half gives a
     * pooled ratio (sum of squared differences over sum of totals, so the better-measured
     * large series weigh more) at its own mean level, and the line through the two points (flat
     * when the upper half is not more dispersed) is the prior, worth {@code weight} pairs.
     * Falls back to {@link #FALLBACK} with fewer than {@value #MIN_SERIES} usable series.
     */
    static DispersionPrior pooled(List<DifferenceStats> series, double weight) {
        List<DifferenceStats> usable = new ArrayList<>();
        for (DifferenceStats s : series) {
            if (s.pairs() >= MIN_PAIRS && s.mean() >= MIN_MEAN) {
                usable.add(s);
            }
        }
        if (usable.size() < MIN_SERIES) {
            return FALLBACK;
        }
        usable.sort(Comparator.comparingDouble(DifferenceStats::mean));
        int half = usable.size() / 2;
        Point low = Point.of(usable.subList(0, half));
        Point high = Point.of(usable.subList(half, usable.size()));
        Point all = Point.of(usable);
        if (high.mean() >= 1.5 * low.mean() && high.phi() > low.phi()) {
            double slope = (high.phi() - low.phi()) / (high.mean() - low.mean());
            return new DispersionPrior(low.phi() - slope * low.mean(), slope, weight);
        }
        return new DispersionPrior(all.phi(), 0, weight);
    }

    /** A pooled dispersion at a pooled mean level. */
    private record Point(double mean, double phi) {
        static Point of(List<DifferenceStats> group) {
            double squares = 0;
            double sums = 0;
            double pairs = 0;
            for (DifferenceStats s : group) {
                squares += s.squares();
                sums += s.sums();
                pairs += s.pairs();
            }
            return new Point(sums / (2 * pairs), squares / sums);
        }
    }
}
