package org.npswatch.detect;

import org.npswatch.model.Direction;

/**
 * One statistical method's verdict that a count series moved in the tested week.
 *
 * @param observed the level tested: the week's count, or the mean of the last two weeks when the
 *     two-week test fired ({@code windowWeeks} 2)
 * @param expected the baseline mean per week
 * @param threshold the per-week level the observation had to cross
 * @param statistic the method's statistic: a p-value (negative binomial) or a score in standard
 *     deviations (EARS, CUSUM)
 * @param strength larger is more significant; comparable between series tested by one method
 */
record VolumeAlarm(
        Direction direction, double observed, double expected, double threshold, double statistic,
        double strength, int windowWeeks) {}
