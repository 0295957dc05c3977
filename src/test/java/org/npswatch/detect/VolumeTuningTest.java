package org.npswatch.detect;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Alpha sweep for the negative-binomial method (docs/detection.md, "Tuning"). */
@Tag("benchmark")
class VolumeTuningTest {
    @Test
    void sweepsAlpha() {
        for (double alpha : new double[] {0.5, 1, 2}) {
            DetectionConfig.Volume config = DetectionConfig.defaults().volume().withAlphaScale(alpha);
            System.out.println("alphas x " + alpha);
            for (Noise noise : List.of(Noise.POISSON, Noise.NEGBIN_2, Noise.NEGBIN_3)) {
                for (double b : new double[] {3, 10, 30, 100}) {
                    System.out.println(VolumeBenchmark.run(config, noise, b, 1000, VolumeBenchmarkTest.SEED).markdown());
                }
            }
        }
    }
}
