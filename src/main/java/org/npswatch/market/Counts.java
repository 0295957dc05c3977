package org.npswatch.market;

import java.util.Random;

/** Random weekly counts around a level: Poisson, or negative binomial as a gamma-Poisson mixture. */
final class Counts {
    private Counts() {}

    /** A count with mean {@code mean} drawn with the given noise. */
    static int draw(double mean, MarketEvents.Noise noise, Random rng) {
        if (mean <= 0) {
            return 0;
        }
        double lambda = noise.negativeBinomialSize() > 0
                ? gamma(noise.negativeBinomialSize(), rng) * mean / noise.negativeBinomialSize()
                : mean;
        return poisson(lambda, rng);
    }

    /** Knuth's multiplication method, split into chunks so large means do not underflow. */
    static int poisson(double lambda, Random rng) {
        int count = 0;
        double remaining = lambda;
        while (remaining > 0) {
            double step = Math.min(remaining, 30);
            remaining -= step;
            double limit = Math.exp(-step);
            double product = rng.nextDouble();
            while (product > limit) {
                count++;
                product *= rng.nextDouble();
            }
        }
        return count;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 use the boosting identity. */
    static double gamma(double shape, Random rng) {
        if (shape < 1) {
            return gamma(shape + 1, rng) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
