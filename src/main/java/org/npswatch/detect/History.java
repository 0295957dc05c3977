package org.npswatch.detect;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;

/**
 * The observed market week by week: consecutive ISO weeks, oldest first. Detection at week t reads
 * only weeks up to t, so the same history answers "what would have fired live" for every week.
 */
public record History(List<MarketWeek> weeks) {
    public History {
        weeks = List.copyOf(weeks);
        for (int i = 1; i < weeks.size(); i++) {
            IsoWeek prev = weeks.get(i - 1).week();
            IsoWeek cur = weeks.get(i).week();
            if (prev.weeksUntil(cur) != 1) {
                throw new IllegalArgumentException(
                        "history weeks must be consecutive: " + prev + " is followed by " + cur
                                + " (add an empty MarketWeek for a week without observations)");
            }
        }
    }

    public int size() {
        return weeks.size();
    }

    public MarketWeek get(int index) {
        return weeks.get(index);
    }

    /** Position of the week in this history, if it is in it. */
    public Optional<Integer> indexOf(IsoWeek week) {
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        long i = weeks.getFirst().week().weeksUntil(week);
        return i >= 0 && i < weeks.size() ? Optional.of((int) i) : Optional.empty();
    }

    /** Position of the week, or an exception naming the range this history covers. */
    int require(IsoWeek week) {
        return indexOf(week).orElseThrow(() -> new IllegalArgumentException(
                "week " + week + " is not in the history" + (weeks.isEmpty() ? " (empty)"
                        : " (" + weeks.getFirst().week() + " .. " + weeks.getLast().week() + ")")));
    }

    /** The history as it was known at the end of {@code week}. */
    public History upTo(IsoWeek week) {
        return new History(weeks.subList(0, require(week) + 1));
    }

    /** Every substance observed in weeks 0..{@code index}, sorted. */
    public SortedSet<String> substancesUpTo(int index) {
        SortedSet<String> names = new TreeSet<>();
        for (int i = 0; i <= index; i++) {
            names.addAll(weeks.get(i).substances().keySet());
        }
        return names;
    }

    /** The weekly counts of one substance in one series for weeks 0..{@code index}; 0 when absent. */
    public long[] counts(String substance, Series series, int index) {
        long[] counts = new long[index + 1];
        for (int i = 0; i <= index; i++) {
            counts[i] = weeks.get(i).substance(substance).map(s -> s.count(series)).orElse(0L);
        }
        return counts;
    }
}
