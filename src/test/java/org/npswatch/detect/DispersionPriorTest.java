package org.npswatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DispersionPriorTest {
    private static final double[] LEVELS = {3, 5, 8, 10, 12, 15, 20, 30, 50, 80};

    /** Forty substances' 26 weeks at mixed levels, as a market's panel before the tested week. */
    private static List<DifferenceStats> market(Noise noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DifferenceStats> stats = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long[] counts = new long[26];
            for (int w = 0; w < counts.length; w++) {
                counts[w] = noise.draw(LEVELS[i % LEVELS.length], random);
            }
            stats.add(DifferenceStats.of(counts, 0, counts.length));
        }
        return stats;
    }

    @Test
    void aPoissonMarketGivesAPriorOfOneAtEveryLevel() {
        DispersionPrior prior = DispersionPrior.pooled(market(Noise.POISSON, 1), 30);
        for (double m : new double[] {5, 20, 80}) {
            assertEquals(1.0, prior.at(m), 0.2, "at " + m + ": " + prior);
        }
        assertEquals(30, prior.pairs());
    }

    @Test
    void aQuasiPoissonMarketGivesAFlatPriorAtItsDispersion() {
        DispersionPrior prior = DispersionPrior.pooled(market(Noise.NEGBIN_2, 2), 30);
        for (double m : new double[] {5, 20, 80}) {
            assertEquals(2.0, prior.at(m), 0.45, "at " + m + ": " + prior);
        }
    }

    @Test
    void aNegativeBinomialMarketGivesAPriorThatGrowsWithTheMean() {
        // size 10: var = m + m^2/10, so phi = 1 + m/10 (1.5 at 5, 3 at 20, 9 at 80)
        DispersionPrior prior = DispersionPrior.pooled(market(Noise.NEGBIN_SIZE_10, 3), 30);
        assertTrue(prior.slope() > 0.05 && prior.slope() < 0.15, prior.toString());
        assertEquals(3.0, prior.at(20), 0.8, prior.toString());
        assertTrue(prior.at(80) > 2 * prior.at(10), prior.toString());
    }

    @Test
    void tooFewSubstancesFallBackToTheMildlyOverdispersedPrior() {
        List<DifferenceStats> few = market(Noise.POISSON, 4).subList(0, DispersionPrior.MIN_SERIES - 1);
        assertEquals(DispersionPrior.FALLBACK, DispersionPrior.pooled(few, 30));
    }

    @Test
    void theSeriesOwnEstimateIsShrunkTowardsThePrior() {
        long[] wild = {10, 30, 8, 32, 12, 28, 9, 31, 11, 29, 10, 30}; // phi far above 1
        DifferenceStats own = DifferenceStats.of(wild, 0, wild.length);
        DispersionPrior poissonMarket = new DispersionPrior(1.0, 0, 30);
        double shrunk = own.shrunk(poissonMarket, own.mean());
        assertTrue(shrunk > 1.0 && shrunk < own.raw(), shrunk + " between 1 and " + own.raw());
        assertEquals((11 * own.raw() + 30 * 1.0) / 41, shrunk, 1e-9);
        assertEquals(1.0, DifferenceStats.of(new long[] {10, 10, 10, 10}, 0, 4).shrunk(poissonMarket, 10),
                "never below Poisson");
    }
}
