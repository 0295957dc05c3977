package org.npswatch.heldout;

import java.util.Locale;
import java.util.SplittableRandom;
import org.npswatch.testing.CountSampler;

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
        return poisson(CountSampler.gamma(shape, random) * mean / shape, random);
    }

    /** A Poisson count (the history's levels are far below where the sampler's long could overflow an int). */
    static int poisson(double mean, SplittableRandom random) {
        return Math.toIntExact(CountSampler.poisson(mean, random));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
