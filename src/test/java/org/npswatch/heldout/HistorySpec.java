package org.npswatch.heldout;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The shape of one held-out history.
 *
 * @param seed everything random in the history follows from it
 * @param weeks weeks of history (at least 14: events start after 9 weeks of baseline)
 * @param start the Monday of week 0
 * @param noise count noise around each substance's weekly level
 * @param groups public groups, one export each
 * @param presentSubstances substances offered from week 0
 * @param newSubstances NPS that appear for the first time during the history
 * @param doublings substances (weekly level at least 10) whose offer posts double from some week on
 * @param halvings substances (weekly level at least 10) whose offer posts halve from some week on
 * @param priceDrops substances whose prices drop by 30% from some week on
 * @param unknownNames novel names (in no lexicon) that appear during the history
 * @param lastWeekDays days of the last week the export covers: 7 for a whole week, fewer for an
 *     export taken in the middle of a week
 */
public record HistorySpec(long seed, int weeks, LocalDate start, CountNoise noise, int groups, int presentSubstances,
        int newSubstances, int doublings, int halvings, int priceDrops, int unknownNames, int lastWeekDays) {
    public static final int MIN_WEEKS = 14;

    public HistorySpec {
        if (weeks < MIN_WEEKS) {
            throw new IllegalArgumentException("weeks must be at least " + MIN_WEEKS + ": " + weeks);
        }
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("start must be a Monday: " + start);
        }
        if (groups < 1 || presentSubstances < 4 || lastWeekDays < 1 || lastWeekDays > 7) {
            throw new IllegalArgumentException("need at least one group, four substances and 1..7 days in the last week");
        }
        if (doublings + halvings + priceDrops > presentSubstances) {
            throw new IllegalArgumentException("more volume and price events than substances");
        }
    }

    /**
     * The default history of a seed: 26 weeks from a Monday in the first half of 2026 (which one
     * follows from the seed), two groups, 14 substances present, two new ones, four doublings,
     * two halvings, one price drop, one novel name, Poisson noise.
     */
    public static HistorySpec standard(long seed) {
        LocalDate start = LocalDate.of(2026, 1, 5).plusWeeks(Math.floorMod(seed * 7, 26));
        return new HistorySpec(seed, 26, start, CountNoise.POISSON, 2, 14, 2, 4, 2, 1, 1, 7);
    }

    public HistorySpec withWeeks(int w) {
        return new HistorySpec(seed, w, start, noise, groups, presentSubstances, newSubstances, doublings, halvings, priceDrops,
                unknownNames, lastWeekDays);
    }

    public HistorySpec withNoise(CountNoise n) {
        return new HistorySpec(seed, weeks, start, n, groups, presentSubstances, newSubstances, doublings, halvings, priceDrops,
                unknownNames, lastWeekDays);
    }

    public HistorySpec withGroups(int g) {
        return new HistorySpec(seed, weeks, start, noise, g, presentSubstances, newSubstances, doublings, halvings, priceDrops,
                unknownNames, lastWeekDays);
    }

    public HistorySpec withLastWeekDays(int days) {
        return new HistorySpec(seed, weeks, start, noise, groups, presentSubstances, newSubstances, doublings, halvings, priceDrops,
                unknownNames, days);
    }
}
