package org.npswatch.detect;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

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

    /**
     * The weekly counts of one substance in one series for weeks 0..{@code index}, over the same
     * sources in every week: the sources of the series' kind (webshops for shop offers and shops
     * offering, other sources for posts) that were reached in week {@code index}. A source of that
     * panel that was not reached in an earlier week (an outage) counts with its last count seen
     * before; one not yet monitored counts 0; a source not reached in week {@code index} (down,
     * vanished) is left out of every week. So an unreachable source reads neither as a fall nor,
     * when it comes back, as a rise. Series without per-source counts ({@code unique_ads},
     * {@code sellers}, or weeks built without them) are the plain totals.
     */
    public long[] panelCounts(String substance, Series series, int index) {
        boolean shops = series == Series.ACTIVE_OFFERS || series == Series.SHOPS_OFFERING;
        if (!(shops || series == Series.POSTS) || !hasSourceCounts(substance, index)) {
            return counts(substance, series, index);
        }
        List<SourceId> panel = weeks.get(index).sources().values().stream()
                .filter(SourceWeek::seen)
                .filter(w -> (w.kind() == SourceKind.WEBSHOP) == shops)
                .map(SourceWeek::source).toList();
        long[] counts = new long[index + 1];
        for (SourceId source : panel) {
            Optional<Integer> last = Optional.empty();
            for (int i = 0; i <= index; i++) {
                MarketWeek w = weeks.get(i);
                boolean reached = w.source(source).filter(SourceWeek::seen).isPresent();
                Optional<Integer> c = reached
                        ? Optional.of(w.substance(substance).map(s -> s.countsBySource().getOrDefault(source, 0)).orElse(0))
                        : last;
                last = c;
                int value = c.orElse(0);
                counts[i] += series == Series.SHOPS_OFFERING ? (value > 0 ? 1 : 0) : value;
            }
        }
        return counts;
    }

    private boolean hasSourceCounts(String substance, int index) {
        for (int i = 0; i <= index; i++) {
            Optional<SubstanceWeek> s = weeks.get(i).substance(substance);
            if (s.isPresent() && s.get().offered() && s.get().countsBySource().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
