package org.npswatch.detect;

import java.util.Optional;
import org.npswatch.model.Direction;

/**
 * The CDC's Early Aberration Reporting System methods C1, C2 and C3, applied to weekly counts.
 * C1 compares the week with the mean and standard deviation of the 7 weeks before it; C2 leaves a
 * guard of 2 weeks between them, so a slow onset does not hide in its own baseline; C3 sums the
 * excess of C2 over 1 during the last three weeks. EARS assumes roughly normal counts, which is
 * why it over-alarms on small overdispersed counts (see docs/detection.md).
 */
record EarsMethod(Variant variant, double threshold, double c3Threshold, double sigmaFloor, int minBaselineWeeks)
        implements VolumeMethod {
    private static final int WINDOW = 7;

    /** The three EARS variants. */
    enum Variant {
        C1(0),
        C2(2),
        C3(2);

        private final int guard;

        Variant(int guard) {
            this.guard = guard;
        }
    }

    EarsMethod(Variant variant, DetectionConfig.Volume config) {
        this(variant, config.earsThreshold(), config.earsC3Threshold(), config.earsSigmaFloor(), config.minBaselineWeeks());
    }

    @Override
    public String name() {
        return "ears-" + variant.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<VolumeAlarm> test(long[] counts, int t, Direction direction, DispersionPrior prior) {
        Optional<Baseline> found = baseline(counts, t);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Baseline b = found.get();
        double sigma = Math.max(b.sd(), sigmaFloor);
        double score = score(counts, t, direction).orElse(Double.NaN);
        double limit = variant == Variant.C3 ? c3Threshold : threshold;
        if (!(score > limit)) {
            return Optional.empty();
        }
        double level = direction == Direction.UP ? b.mean() + threshold * sigma : b.mean() - threshold * sigma;
        return Optional.of(new VolumeAlarm(direction, counts[t], b.mean(), level, score, score, 1));
    }

    private Optional<Baseline> baseline(long[] counts, int t) {
        int end = t - variant.guard;
        return Baseline.of(counts, end - WINDOW, end, minBaselineWeeks);
    }

    /** C1 or C2 score of week t, or the C3 sum ending at t; empty without a baseline. */
    private Optional<Double> score(long[] counts, int t, Direction direction) {
        if (variant != Variant.C3) {
            return single(counts, t, direction);
        }
        double sum = 0;
        for (int i = t - 2; i <= t; i++) {
            if (i >= 0) {
                sum += single(counts, i, direction).map(c -> Math.max(0.0, c - 1.0)).orElse(0.0);
            }
        }
        return Optional.of(sum);
    }

    private Optional<Double> single(long[] counts, int t, Direction direction) {
        return baseline(counts, t).map(b -> {
            double deviation = (counts[t] - b.mean()) / Math.max(b.sd(), sigmaFloor);
            return direction == Direction.UP ? deviation : -deviation;
        });
    }
}
