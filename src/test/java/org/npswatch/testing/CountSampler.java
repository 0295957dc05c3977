package org.npswatch.testing;

import java.util.SplittableRandom;

/**
 * Seeded random draws for synthetic count histories (detection benchmarks, held-out exports):
 * Poisson, gamma and normal variates from a {@link SplittableRandom}, so every generated history
 * and every benchmark number is reproducible from its seed.
 */
public final class CountSampler {
    /** Means above this are drawn as the sum of two halves, so e^-mean does not underflow. */
    private static final double SPLIT_ABOVE = 500;

    private CountSampler() {}

    /** Poisson by inversion for small means, by a sum of halves for large ones (exact either way). */
    public static long poisson(double mean, SplittableRandom random) {
        if (mean > SPLIT_ABOVE) {
            return poisson(mean / 2, random) + poisson(mean / 2, random);
        }
        double p = Math.exp(-mean);
        double cdf = p;
        double u = random.nextDouble();
        long k = 0;
        while (u > cdf && p > 0) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang's method, boosted for shape below 1. */
    public static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = gaussian(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /** A standard normal variate (Box-Muller, one of the pair). */
    public static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
