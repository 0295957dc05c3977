package org.npswatch.detect;

import java.util.Optional;
import org.npswatch.model.Direction;

/**
 * A windowed standardised CUSUM: the baseline (mean, quasi-Poisson dispersion) comes from the
 * weeks before a short window of {@value #WINDOW} weeks; inside the window the standardised
 * residuals accumulate as {@code S = max(0, S + z - k)} and an alarm is raised when S exceeds h
 * and the tested week itself still lies beyond k. Recomputing from the window each week keeps the
 * method a pure function of history (no carried state to restore after a restart).
 */
record CusumMethod(int baselineWeeks, int minBaselineWeeks, int dispersionWeeks, double k, double h) implements VolumeMethod {
    static final int WINDOW = 3;

    CusumMethod(DetectionConfig.Volume config) {
        this(config.baselineWeeks(), config.minBaselineWeeks(), config.dispersionWeeks(), config.cusumK(), config.cusumH());
    }

    @Override
    public String name() {
        return "cusum";
    }

    @Override
    public Optional<VolumeAlarm> test(long[] counts, int t, Direction direction, DispersionPrior prior) {
        int first = t - WINDOW + 1;
        Optional<Baseline> found = Baseline.of(counts, first - baselineWeeks, first, minBaselineWeeks);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Baseline b = found.get();
        double mean = Math.max(b.mean(), 0.2);
        double phi = DifferenceStats.of(counts, first - dispersionWeeks, first).shrunk(prior, b.mean());
        double sd = Math.sqrt(phi * mean * (1.0 + 1.0 / b.weeks()));
        double s = 0;
        double z = 0;
        for (int i = Math.max(0, first); i <= t; i++) {
            z = (counts[i] - mean) / sd;
            if (direction == Direction.DOWN) {
                z = -z;
            }
            s = Math.max(0, s + z - k);
        }
        if (!(s > h && z > k)) {
            return Optional.empty();
        }
        double threshold = direction == Direction.UP ? mean + (h + k) * sd : mean - (h + k) * sd;
        return Optional.of(new VolumeAlarm(direction, counts[t], b.mean(), threshold, s, s, 1));
    }
}
