package org.npswatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountDistributionTest {
    @Test
    void poissonTailsMatchKnownValues() {
        CountDistribution poisson = new CountDistribution(10, 10);
        // P(X >= 19 | Poisson(10)) = 0.007187; P(X <= 3) = 0.010336
        assertEquals(0.007187, poisson.upperTail(19), 1e-6);
        assertEquals(0.010336, poisson.lowerTail(3), 1e-6);
        assertEquals(1.0, poisson.upperTail(0), 0.0);
        assertEquals(19, poisson.upperThreshold(0.01));
        assertEquals(3, poisson.lowerThreshold(0.011));
    }

    @Test
    void negativeBinomialHasTheHeavierTailOfItsVariance() {
        // mean 10, variance 20: size 10, success probability 1/2, so P(X = 0) = 0.5^10.
        CountDistribution nb = new CountDistribution(10, 20);
        assertEquals(Math.pow(0.5, 10), nb.lowerTail(0), 1e-12);
        assertEquals(1.0, nb.lowerTail(200), 1e-12);
        assertEquals(true, nb.upperTail(19) > new CountDistribution(10, 10).upperTail(19));
    }

    @Test
    void largeMeansNeitherUnderflowNorLoseTheTail() {
        CountDistribution poisson = new CountDistribution(2000, 2000);
        // 2000 + 3.09 standard deviations is about the 0.001 point of the normal approximation.
        assertEquals(0.001, poisson.upperTail(2139), 0.0003);
        assertEquals(0.5, poisson.lowerTail(2000), 0.01);
    }
}
