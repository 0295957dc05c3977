package org.npswatch.detect;

import java.util.SplittableRandom;
import org.npswatch.testing.CountSampler;

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
            return CountSampler.poisson(CountSampler.gamma(size, random) * mean / size, random);
        }
        if (dispersion <= 1.0) {
            return CountSampler.poisson(mean, random);
        }
        double shape = mean / (dispersion - 1.0);
        return CountSampler.poisson(CountSampler.gamma(shape, random) * mean / shape, random);
    }
}
