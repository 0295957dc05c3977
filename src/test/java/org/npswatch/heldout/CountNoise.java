package org.npswatch.heldout;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Weekly count noise of a held-out history: Poisson, or negative binomial drawn as a gamma-Poisson
 * mixture with variance {@code dispersion} times the mean at every level.
 *
 * @param dispersion variance over mean; 1 is Poisson
 */
public record CountNoise(double dispersion) {
    public static final CountNoise POISSON = new CountNoise(1.0);

    public CountNoise {
        if (!(dispersion >= 1.0)) {
            throw new IllegalArgumentException("dispersion (variance over mean) must be at least 1: " + dispersion);
        }
    }

    /** {@code poisson}, or {@code negbin:D} for variance D times the mean. */
    public static CountNoise parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("poisson")) {
            return POISSON;
        }
        if (t.startsWith("negbin:")) {
            return new CountNoise(Double.parseDouble(t.substring("negbin:".length())));
        }
        throw new IllegalArgumentException("noise must be 'poisson' or 'negbin:D' (variance = D x mean), not '" + text + "'");
    }

    public String label() {
        return dispersion == 1.0 ? "poisson" : String.format(Locale.ROOT, "negbin:%s", trim(dispersion));
    }

    /** One count with the given mean. */
    public int draw(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        if (dispersion == 1.0) {
            return poisson(mean, random);
        }
        double shape = mean / (dispersion - 1.0);
        return poisson(gamma(shape, random) * mean / shape, random);
    }

    /** Poisson by inversion, halving large means so the first term does not underflow. */
    static int poisson(double mean, SplittableRandom random) {
        if (mean > 200) {
            return poisson(mean / 2, random) + poisson(mean / 2, random);
        }
        double p = Math.exp(-mean);
        double cdf = p;
        double u = random.nextDouble();
        int k = 0;
        while (u > cdf && p > 0) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** Gamma(shape, 1) after Marsaglia and Tsang, boosted for shapes below 1. */
    static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
