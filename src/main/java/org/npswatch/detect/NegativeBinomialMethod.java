package org.npswatch.detect;

import java.util.Optional;
import org.npswatch.model.Direction;

/**
 * A Farrington-style threshold. The baseline is the window of up to {@code maxBaselineWeeks} weeks
 * before the guard, cut at a level shift ({@link LevelShift}) so it holds one level; its mean and
 * a quasi-Poisson dispersion (the series' own estimate from successive differences, shrunk towards
 * a prior pooled across substances: {@link DispersionPrior}) define a negative binomial, widened
 * by the uncertainty of the estimated mean ({@code 1 + 1/n}). Two tests per direction: the week
 * alone, and the sum of the week and the one before (when both lie on the same side of the
 * baseline), which catches a doubling of a series of 10 a week one week later without loosening
 * the one-week test. Rises and falls have their own alphas: a surge is what early warning is for.
 */
record NegativeBinomialMethod(
        int guardWeeks, int minBaselineWeeks, int dispersionWeeks, DetectionConfig.NegativeBinomial settings)
        implements VolumeMethod {
    /** Floor for a baseline mean, so a series of zeros still has a proper distribution. */
    private static final double MIN_MEAN = 0.2;

    NegativeBinomialMethod(DetectionConfig.Volume config) {
        this(config.guardWeeks(), config.minBaselineWeeks(), config.dispersionWeeks(), config.negativeBinomial());
    }

    @Override
    public String name() {
        return "negbin";
    }

    @Override
    public Optional<VolumeAlarm> test(long[] counts, int t, Direction direction, DispersionPrior prior) {
        int end = t - guardWeeks;
        int from = Math.max(0, end - settings.maxBaselineWeeks());
        if (end - from < minBaselineWeeks) {
            return Optional.empty();
        }
        double phi = DifferenceStats.of(counts, end - dispersionWeeks, end).shrunk(prior, mean(counts, from, end));
        Optional<LevelShift.Segment> segment = LevelShift.baseline(counts, from, end, minBaselineWeeks, phi,
                settings.levelShiftZ());
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        LevelShift.Segment s = segment.get();
        double observedMean = mean(counts, s.from(), s.to());
        double m = Math.max(observedMean, MIN_MEAN);
        int n = s.weeks();
        boolean up = direction == Direction.UP;
        double alpha1 = up ? settings.riseAlpha() : settings.fallAlpha();
        double alpha2 = up ? settings.twoWeekRiseAlpha() : settings.twoWeekFallAlpha();
        CountDistribution one = new CountDistribution(m, phi * m * (1.0 + 1.0 / n));
        double p1 = tail(one, counts[t], direction);
        double p2 = Double.NaN;
        if (guardWeeks >= 1 && t >= 1 && sameSide(counts[t - 1], counts[t], observedMean, direction)) {
            // The sum of two weeks: mean 2m; variance 2*phi*m plus 2^2*phi*m/n for the shared estimate.
            CountDistribution two = new CountDistribution(2 * m, phi * m * (2.0 + 4.0 / n));
            p2 = tail(two, counts[t] + counts[t - 1], direction);
        }
        boolean oneWeek = p1 <= alpha1;
        boolean twoWeeks = p2 <= alpha2;
        if (!oneWeek && !twoWeeks) {
            return Optional.empty();
        }
        double threshold = up ? one.upperThreshold(alpha1) : one.lowerThreshold(alpha1);
        double p = oneWeek ? p1 : p2;
        double observed = oneWeek ? counts[t] : (counts[t] + counts[t - 1]) / 2.0;
        return Optional.of(new VolumeAlarm(direction, observed, observedMean, threshold, p,
                -Math.log10(Math.max(p, 1e-300)), oneWeek ? 1 : 2));
    }

    private static double mean(long[] counts, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += counts[i];
        }
        return to > from ? sum / (to - from) : 0;
    }

    private static double tail(CountDistribution d, long x, Direction direction) {
        return direction == Direction.UP ? d.upperTail(x) : d.lowerTail(x);
    }

    private static boolean sameSide(long previous, long current, double mean, Direction direction) {
        return direction == Direction.UP ? previous > mean && current > mean : previous < mean && current < mean;
    }
}
