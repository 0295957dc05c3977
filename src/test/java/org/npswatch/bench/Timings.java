package org.npswatch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The repeated timings of one benchmark phase. The machine is shared and noisy, so a phase is run
 * several times and read by its median; the spread (min..max) is reported beside it so a reader
 * can see how much to trust the figure.
 */
public final class Timings {
    private final String phase;
    private final long units;
    private final List<Long> nanos = new ArrayList<>();

    /**
     * @param units how many items (pages, messages) one run of the phase handles
     */
    public Timings(String phase, long units) {
        this.phase = phase;
        this.units = units;
    }

    public void add(long runNanos) {
        nanos.add(runNanos);
    }

    public String phase() {
        return phase;
    }

    public int runs() {
        return nanos.size();
    }

    public double medianSeconds() {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double mid = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return mid / 1e9;
    }

    /** Items per second at the median run. */
    public double medianRate() {
        return units / medianSeconds();
    }

    public double minRate() {
        return units / (Collections.max(nanos) / 1e9);
    }

    public double maxRate() {
        return units / (Collections.min(nanos) / 1e9);
    }

    /** This phase's median time over {@code baseline}'s: how many times slower than the baseline. */
    public double timeRatioTo(Timings baseline) {
        return medianSeconds() / baseline.medianSeconds();
    }

    static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
