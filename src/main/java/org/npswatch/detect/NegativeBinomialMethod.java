package org.npswatch.detect;

import java.util.Optional;
import org.npswatch.model.Direction;

/**
 * A Farrington-style threshold: the baseline window gives a mean and a quasi-Poisson dispersion
 * (variance over mean, at least 1); the tested count is compared with a negative binomial of that
 * mean and variance, widened by the uncertainty of the estimated mean ({@code 1 + 1/n}). Two
 * tests, each at {@code alpha}: the week alone, and the sum of the week and the one before (when
 * both lie on the same side of the baseline), which catches a doubling of a small series within
 * one more week without loosening the one-week test.
 */
record NegativeBinomialMethod(int baselineWeeks, int guardWeeks, int minBaselineWeeks, int dispersionWeeks, double alpha)
        implements VolumeMethod {
    /** Floor for a baseline mean, so a series of zeros still has a proper distribution. */
    private static final double MIN_MEAN = 0.2;

    NegativeBinomialMethod(DetectionConfig.Volume config) {
        this(config.baselineWeeks(), config.guardWeeks(), config.minBaselineWeeks(), config.dispersionWeeks(), config.alpha());
    }

    @Override
    public String name() {
        return "negbin";
    }

    @Override
    public Optional<VolumeAlarm> test(long[] counts, int t, Direction direction) {
        int end = t - guardWeeks;
        Optional<Baseline> found = Baseline.of(counts, end - baselineWeeks, end, minBaselineWeeks);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Baseline b = found.get().withDifferenceDispersion(counts, end - dispersionWeeks, end);
        double mean = Math.max(b.mean(), MIN_MEAN);
        double variance = b.dispersion() * mean * (1.0 + 1.0 / b.weeks());
        CountDistribution one = new CountDistribution(mean, variance);
        double p1 = tail(one, counts[t], direction);
        double p2 = Double.NaN;
        if (guardWeeks >= 1 && t >= 1 && sameSide(counts[t - 1], counts[t], b.mean(), direction)) {
            // The sum of two weeks: mean 2m; variance 2*phi*m plus (2)^2*phi*m/n for the shared estimate.
            double var2 = b.dispersion() * mean * (2.0 + 4.0 / b.weeks());
            p2 = tail(new CountDistribution(2 * mean, var2), counts[t] + counts[t - 1], direction);
        }
        boolean oneWeek = p1 <= alpha;
        boolean twoWeeks = p2 <= alpha;
        if (!oneWeek && !twoWeeks) {
            return Optional.empty();
        }
        double threshold = direction == Direction.UP ? one.upperThreshold(alpha) : one.lowerThreshold(alpha);
        double p = oneWeek ? p1 : p2;
        double observed = oneWeek ? counts[t] : (counts[t] + counts[t - 1]) / 2.0;
        return Optional.of(new VolumeAlarm(direction, observed, b.mean(), threshold, p,
                -Math.log10(Math.max(p, 1e-300)), oneWeek ? 1 : 2));
    }

    private static double tail(CountDistribution d, long x, Direction direction) {
        return direction == Direction.UP ? d.upperTail(x) : d.lowerTail(x);
    }

    private static boolean sameSide(long previous, long current, double mean, Direction direction) {
        return direction == Direction.UP ? previous > mean && current > mean : previous < mean && current < mean;
    }
}
