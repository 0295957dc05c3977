package org.npswatch.detect;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;

/** False volume flags per 100 substance-weeks through the whole engine, by alpha and noise. */
@Tag("benchmark")
class EngineTuningTest {
    @Test
    void sweepsAlphaThroughTheEngine() {
        for (double alpha : new double[] {0.5, 1, 2}) {
            for (Noise noise : List.of(Noise.POISSON, Noise.NEGBIN_2, Noise.NEGBIN_SIZE_10)) {
                long falseFlags = 0;
                long substanceWeeks = 0;
                int[] weekHistogram = new int[SyntheticMarket.WEEKS];
                for (long seed = 1; seed <= 20; seed++) {
                    SyntheticMarket market = new SyntheticMarket(noise, 10, seed, 0.03);
                    DetectionConfig config = DetectionConfig.defaults().withVolume(DetectionConfig.defaults().volume().withAlphaScale(alpha));
                    List<Flag> flags = new DetectionEngine(config).replay(market.generate());
                    falseFlags += flags.stream().filter(f -> f.type() == FlagType.VOLUME_CHANGE)
                            .filter(f -> !SyntheticMarket.EVENT_SUBSTANCES.contains(f.subject()))
                            .count();
                    flags.stream().filter(f -> f.type() == FlagType.VOLUME_CHANGE)
                            .filter(f -> !SyntheticMarket.EVENT_SUBSTANCES.contains(f.subject()))
                            .forEach(f -> weekHistogram[(int) SyntheticMarket.FIRST.weeksUntil(f.week())]++);
                    substanceWeeks += (long) market.quietSubstances() * (SyntheticMarket.WEEKS - 5);
                }
                System.out.printf("alpha x %.2f %s: %.2f false volume flags per 100 substance-weeks%n", alpha, noise.name(),
                        100.0 * falseFlags / substanceWeeks);
                System.out.println("  by week: " + java.util.Arrays.toString(weekHistogram));
            }
        }
    }
}
