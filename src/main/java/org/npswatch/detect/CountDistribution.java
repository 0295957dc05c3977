package org.npswatch.detect;

/**
 * Tail probabilities of weekly counts: Poisson when the variance equals the mean, negative binomial
 * when it is larger (overdispersion). Computed in log space from the probability-mass recursion, so
 * means in the thousands neither underflow nor need a gamma function.
 */
final class CountDistribution {
    /** Terms this far (in natural log) below the largest one no longer change a tail sum. */
    private static final double NEGLIGIBLE = 40.0;

    private final double mean;
    private final boolean poisson;
    private final double size;
    private final double logZero;

    /**
     * @param mean expected count, positive
     * @param variance at least the mean; anything below is treated as Poisson
     */
    CountDistribution(double mean, double variance) {
        if (!(mean > 0)) {
            throw new IllegalArgumentException("mean must be positive: " + mean);
        }
        this.mean = mean;
        this.poisson = variance <= mean * (1 + 1e-9);
        this.size = poisson ? Double.POSITIVE_INFINITY : mean * mean / (variance - mean);
        this.logZero = poisson ? -mean : size * Math.log(size / (size + mean));
    }

    /** log P(X = k+1) - log P(X = k). */
    private double logStep(long k) {
        if (poisson) {
            return Math.log(mean / (k + 1));
        }
        return Math.log((k + size) / (k + 1)) + Math.log(mean / (size + mean));
    }

    private double logPmf(long x) {
        double lp = logZero;
        for (long k = 0; k < x; k++) {
            lp += logStep(k);
        }
        return lp;
    }

    /** P(X <= x). */
    double lowerTail(long x) {
        if (x < 0) {
            return 0.0;
        }
        if (x > mean) {
            return 1.0 - upperTail(x + 1);
        }
        return Math.exp(logSum(0, x));
    }

    /** P(X >= x). */
    double upperTail(long x) {
        if (x <= 0) {
            return 1.0;
        }
        if (x <= mean) {
            return 1.0 - lowerTail(x - 1);
        }
        double lp = logPmf(x);
        double max = lp;
        double sum = 1.0;
        for (long k = x; ; k++) {
            lp += logStep(k);
            if (lp < max - NEGLIGIBLE) {
                break;
            }
            sum += Math.exp(lp - max);
        }
        return Math.min(1.0, Math.exp(max) * sum);
    }

    /** log of P(from <= X <= to), summing with the running maximum factored out. */
    private double logSum(long from, long to) {
        double lp = logPmf(from);
        double max = lp;
        double sum = 1.0;
        for (long k = from; k < to; k++) {
            lp += logStep(k);
            if (lp > max) {
                sum = sum * Math.exp(max - lp) + 1.0;
                max = lp;
            } else {
                sum += Math.exp(lp - max);
            }
        }
        return max + Math.log(sum);
    }

    /** The smallest count c with P(X >= c) <= alpha: the one-sided upper alarm threshold. */
    long upperThreshold(double alpha) {
        long c = (long) Math.ceil(mean);
        while (upperTail(c) > alpha) {
            c++;
        }
        return c;
    }

    /** The largest count c with P(X <= c) <= alpha, or -1 when even 0 is too likely. */
    long lowerThreshold(double alpha) {
        long c = (long) Math.floor(mean);
        while (c >= 0 && lowerTail(c) > alpha) {
            c--;
        }
        return c;
    }
}
