package org.npswatch.detect;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("benchmark")
class QuickNbTest {
    @Test
    void table() {
        DetectionConfig.Volume config = DetectionConfig.defaults().volume();
        for (Noise noise : List.of(Noise.POISSON, Noise.NEGBIN_2, Noise.NEGBIN_SIZE_10)) {
            for (double b : new double[] {3, 10, 15, 20, 30, 100}) {
                System.out.println(VolumeBenchmark.run(config, noise, b, 1000, 7).markdown());
            }
        }
    }
}
