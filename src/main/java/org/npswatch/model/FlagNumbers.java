package org.npswatch.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers behind a flag, so a reader can judge it without re-running detection.
 *
 * @param observed what was seen in the flagged week (a count, a price per gram, a share)
 * @param expected the baseline the observation was compared with
 * @param threshold the value the observation had to cross to be flagged
 * @param statistic the test statistic or p-value of the method (see {@code method})
 * @param method short name of the rule or statistical method, e.g. {@code negbin}, {@code ears-c2}
 */
public record FlagNumbers(
        Optional<BigDecimal> observed,
        Optional<BigDecimal> expected,
        Optional<BigDecimal> threshold,
        Optional<BigDecimal> statistic,
        String method) {
    private static final int SCALE = 4;

    public FlagNumbers {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(method, "method");
    }

    /** Numbers from doubles (statistics), rounded to 4 decimals; NaN and infinity become empty. */
    public static FlagNumbers of(double observed, double expected, double threshold, double statistic, String method) {
        return new FlagNumbers(decimal(observed), decimal(expected), decimal(threshold), decimal(statistic), method);
    }

    /** Only an observed value (e.g. the number of offers of a new substance). */
    public static FlagNumbers observedOnly(double observed, String method) {
        return new FlagNumbers(decimal(observed), Optional.empty(), Optional.empty(), Optional.empty(), method);
    }

    private static Optional<BigDecimal> decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.empty();
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return Optional.of(d.scale() < 0 ? d.setScale(0) : d);
    }
}
