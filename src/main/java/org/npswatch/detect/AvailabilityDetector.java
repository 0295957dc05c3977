package org.npswatch.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Severity;
import org.npswatch.model.SourceId;

/**
 * AVAILABILITY: a source appears (first successful run after the warm-up), vanishes (the
 * {@code vanishAfterRuns}-th consecutive failed run, so one failed crawl is never a flag), comes
 * back (a successful run after vanishing), or shows a wave of out-of-stock (its out-of-stock share
 * jumps over the median share of the previous weeks). The run outcomes of all weeks are replayed
 * through a small state machine, so the same history always yields the same events.
 */
public record AvailabilityDetector(int warmupWeeks, DetectionConfig.Availability config) implements Detector {
    public AvailabilityDetector(DetectionConfig config) {
        this(config.warmupWeeks(), config.availability());
    }

    @Override
    public FlagType type() {
        return FlagType.AVAILABILITY;
    }

    @Override
    public List<Flag> detect(History history, IsoWeek week) {
        int t = history.require(week);
        SortedSet<SourceId> sources = new TreeSet<>();
        for (int i = 0; i <= t; i++) {
            sources.addAll(history.get(i).sources().keySet());
        }
        List<Flag> flags = new ArrayList<>();
        for (SourceId source : sources) {
            flags.addAll(presence(history, source, t));
            stockWave(history, source, t).ifPresent(flags::add);
        }
        return flags;
    }

    private enum State { NEVER_SEEN, ONLINE, VANISHED }

    private List<Flag> presence(History history, SourceId source, int t) {
        State state = State.NEVER_SEEN;
        int failed = 0;
        IsoWeek lastSeen = null;
        List<Flag> flags = new ArrayList<>();
        for (int i = 0; i <= t; i++) {
            Optional<SourceWeek> sw = history.get(i).source(source);
            for (boolean seen : sw.map(SourceWeek::runs).orElse(List.of())) {
                IsoWeek week = history.get(i).week();
                if (seen) {
                    if (i == t && state == State.NEVER_SEEN && i >= warmupWeeks) {
                        flags.add(flag(sw.get(), week, "appeared", Direction.UP, Severity.MEDIUM,
                                source + " appeared: first successful run", week));
                    } else if (i == t && state == State.VANISHED) {
                        flags.add(flag(sw.get(), week, "back", Direction.UP, Severity.MEDIUM,
                                source + " is back after " + failed + " failed runs since " + lastSeen, week));
                    }
                    state = State.ONLINE;
                    failed = 0;
                    lastSeen = week;
                } else {
                    failed++;
                    if (state == State.ONLINE && failed == config.vanishAfterRuns()) {
                        state = State.VANISHED;
                        if (i == t) {
                            flags.add(flag(sw.get(), week, "vanished", Direction.DOWN, Severity.HIGH,
                                    source + " vanished: " + failed + " consecutive failed runs, last seen " + lastSeen,
                                    week));
                        }
                    }
                }
            }
        }
        return flags;
    }

    private Flag flag(SourceWeek sw, IsoWeek week, String event, Direction direction, Severity severity,
            String explanation, IsoWeek keyWeek) {
        return Flags.open(FlagType.AVAILABILITY, sw.source().value(), Optional.of(sw.source()), week, severity,
                Optional.of(direction), Optional.empty(), FlagNumbers.observedOnly(sw.offers(), "runs"), sw.evidence(),
                Flags.key(FlagType.AVAILABILITY, sw.source(), event, keyWeek), explanation);
    }

    private record Wave(double share, double baseline, SourceWeek week) {}

    private Optional<Flag> stockWave(History history, SourceId source, int t) {
        return wave(history, source, t).map(w -> {
            int start = t;
            while (start > 0 && t - start < 12 && wave(history, source, start - 1).isPresent()) {
                start--;
            }
            IsoWeek week = history.get(t).week();
            String explanation = String.format(java.util.Locale.ROOT,
                    "%s: %d of %d offers out of stock (%.0f%%) against %.0f%% the week before", source,
                    w.week.outOfStock(), w.week.offers(), w.share * 100, w.baseline * 100);
            return Flags.open(FlagType.AVAILABILITY, source.value(), Optional.of(source), week,
                    w.share >= 0.75 ? Severity.HIGH : Severity.MEDIUM, Optional.of(Direction.DOWN), Optional.empty(),
                    FlagNumbers.of(w.share, w.baseline, w.baseline + config.outOfStockJump(), w.share - w.baseline,
                            "out-of-stock-share"),
                    w.week.evidence(), Flags.key(FlagType.AVAILABILITY, source, "out-of-stock", history.get(start).week()),
                    explanation);
        });
    }

    /**
     * A wave: this week's out-of-stock share is at least {@code outOfStockJump} above last week's,
     * and the listings newly out of stock are too many for the shop's usual weekly turnover (the
     * binomial tail at its pooled rate of in-stock listings going out of stock over the baseline
     * weeks, floored at {@value #MIN_USUAL_RATE}, is at most {@code waveAlpha}). Comparing with last
     * week rather than a longer baseline keeps a slow drift of the share from looking like a wave;
     * the turnover test keeps a small shop's ordinary flips from looking like one.
     */
    private Optional<Wave> wave(History history, SourceId source, int t) {
        Optional<SourceWeek> now = seenWithOffers(history, source, t).filter(w -> w.offers() >= config.minShopOffers());
        Optional<SourceWeek> before = t > 0 ? seenWithOffers(history, source, t - 1) : Optional.empty();
        if (now.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        long wentOut = 0;
        long couldGo = 0;
        int pairs = 0;
        for (int i = Math.max(1, t - config.outOfStockBaselineWeeks()); i < t; i++) {
            Optional<SourceWeek> a = seenWithOffers(history, source, i - 1);
            Optional<SourceWeek> b = seenWithOffers(history, source, i);
            if (a.isPresent() && b.isPresent()) {
                wentOut += Math.max(0, b.get().outOfStock() - a.get().outOfStock());
                couldGo += a.get().offers() - a.get().outOfStock();
                pairs++;
            }
        }
        if (pairs < 2) {
            return Optional.empty();
        }
        double rate = Math.max(MIN_USUAL_RATE, couldGo == 0 ? 0 : (double) wentOut / couldGo);
        double share = share(now.get());
        double previous = share(before.get());
        int newlyOut = now.get().outOfStock() - before.get().outOfStock();
        int inStockBefore = before.get().offers() - before.get().outOfStock();
        return share - previous >= config.outOfStockJump()
                        && binomialUpperTail(Math.max(inStockBefore, newlyOut), newlyOut, rate) <= config.waveAlpha()
                ? Optional.of(new Wave(share, previous, now.get()))
                : Optional.empty();
    }

    private static Optional<SourceWeek> seenWithOffers(History history, SourceId source, int i) {
        return history.get(i).source(source).filter(SourceWeek::seen).filter(w -> w.offers() > 0);
    }

    private static double share(SourceWeek w) {
        return (double) w.outOfStock() / w.offers();
    }

    /** Smallest usual weekly rate of listings going out of stock a wave is tested against. */
    private static final double MIN_USUAL_RATE = 0.05;

    /** P(X >= k) for X binomial(n, p), summed in log space. */
    static double binomialUpperTail(int n, int k, double p) {
        if (k <= 0) {
            return 1;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double sum = 0;
        double logChoose = 0;
        for (int i = 1; i <= n; i++) {
            logChoose += Math.log(n - i + 1) - Math.log(i);
            if (i >= k) {
                sum += Math.exp(logChoose + i * logP + (n - i) * logQ);
            }
        }
        return Math.min(1, sum);
    }
}
