package org.npswatch.detect;

import java.util.SplittableRandom;

/**
 * Count noise for synthetic histories: Poisson, and negative binomial drawn as a gamma-Poisson
 * mixture. Seeded, so every benchmark number is reproducible.
 *
 * @param dispersion variance over mean of the counts; 1 is Poisson, 2 means twice the Poisson
 *     variance at every level (a quasi-Poisson-like negative binomial with size = mean / (dispersion - 1))
 * @param size when positive, a negative binomial of this fixed size instead (var = mean + mean^2/size)
 */
record Noise(String name, double dispersion, double size) {
    static final Noise POISSON = new Noise("poisson", 1.0, 0);
    static final Noise NEGBIN_2 = new Noise("negbin(var=2*mean)", 2.0, 0);
    static final Noise NEGBIN_3 = new Noise("negbin(var=3*mean)", 3.0, 0);
    /** Negative binomial with a fixed size: var = mean + mean^2/10, so large series scatter most (the simulated market's noise). */
    static final Noise NEGBIN_SIZE_10 = new Noise("negbin(size=10)", 0, 10);

    long draw(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        if (size > 0) {
            return poisson(gamma(size, random) * mean / size, random);
        }
        if (dispersion <= 1.0) {
            return poisson(mean, random);
        }
        double shape = mean / (dispersion - 1.0);
        return poisson(gamma(shape, random) * mean / shape, random);
    }

    /** Poisson by inversion for small means, by a sum of halves for large ones (exact either way). */
    static long poisson(double mean, SplittableRandom random) {
        if (mean > 500) {
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
    static double gamma(double shape, SplittableRandom random) {
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

    static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
