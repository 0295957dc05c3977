package org.npswatch.detect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.Severity;

/**
 * PRICE_CHANGE: the week's median price per gram of a substance differs from its baseline (the
 * median of the weekly medians of the previous weeks) by at least the configured fraction. Weeks
 * with fewer priced offers than the minimum count neither fire nor enter a baseline: a median of
 * one or two offers says more about those shops than about the market. Prices are assumed to be
 * normalised to one currency by the caller.
 */
public record PriceChangeDetector(DetectionConfig.Price config) implements Detector {
    private static final int EPISODE_LOOKBACK = 12;

    @Override
    public FlagType type() {
        return FlagType.PRICE_CHANGE;
    }

    @Override
    public List<Flag> detect(History history, IsoWeek week) {
        int t = history.require(week);
        List<Flag> flags = new ArrayList<>();
        for (SubstanceWeek s : history.get(t).substances().values()) {
            change(history, s.substance(), t).ifPresent(
                    c -> flags.add(flag(s, week, c, history.get(episodeStart(history, s.substance(), t, c.direction)).week())));
        }
        return flags;
    }

    /**
     * The first week of the episode ending at t: earlier weeks that moved the same way, skipping
     * weeks too thin to price (a thin week neither ends nor extends an episode).
     */
    private int episodeStart(History history, String substance, int t, Direction direction) {
        int start = t;
        for (int i = t - 1; i >= 0 && t - i <= EPISODE_LOOKBACK; i--) {
            if (!testable(history, substance, i)) {
                continue;
            }
            if (change(history, substance, i).filter(p -> p.direction == direction).isEmpty()) {
                break;
            }
            start = i;
        }
        return start;
    }

    private record Change(BigDecimal observed, BigDecimal baseline, BigDecimal relative, Direction direction) {}

    private Optional<Change> change(History history, String substance, int t) {
        if (followsListings(history, substance, t)) {
            return matched(history, substance, t).flatMap(m -> change(m.observed(), m.baseline()));
        }
        Optional<BigDecimal> observed = priced(history, substance, t);
        if (observed.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> window = new ArrayList<>();
        for (int i = Math.max(0, t - config.baselineWeeks()); i < t; i++) {
            priced(history, substance, i).ifPresent(window::add);
        }
        if (window.size() < config.minBaselineWeeks()) {
            return Optional.empty();
        }
        return change(observed.get(), median(window));
    }

    private Optional<Change> change(BigDecimal observed, BigDecimal baseline) {
        if (baseline.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal relative = observed.divide(baseline, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
        if (relative.abs().compareTo(BigDecimal.valueOf(config.relativeThreshold())) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Change(observed, baseline, relative,
                relative.signum() > 0 ? Direction.UP : Direction.DOWN));
    }

    /** Whether week i can be tested (so it ends or extends an episode). */
    private boolean testable(History history, String substance, int i) {
        return followsListings(history, substance, i) ? matched(history, substance, i).isPresent()
                : priced(history, substance, i).isPresent();
    }

    /** Whether the history carries per-listing prices for the substance (else weekly medians are compared). */
    private static boolean followsListings(History history, String substance, int t) {
        return history.get(t).substance(substance).filter(w -> !w.listingPrices().isEmpty()).isPresent();
    }

    /** A like-for-like comparison: the median of this week's prices and of the same listings' baseline prices. */
    private record Matched(BigDecimal observed, BigDecimal baseline, int listings) {}

    /**
     * The listings priced this week that were also priced in the baseline weeks, each against the
     * median of its own baseline prices; the change is the median of those ratios, so a shift in
     * which products are on offer (pellets instead of bulk) is not read as a price change.
     * Empty when fewer than {@code minPricedOffers} listings match.
     */
    private Optional<Matched> matched(History history, String substance, int t) {
        Optional<SubstanceWeek> now = history.get(t).substance(substance);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> ratios = new ArrayList<>();
        List<BigDecimal> before = new ArrayList<>();
        now.get().listingPrices().forEach((listing, price) -> {
            List<BigDecimal> past = new ArrayList<>();
            for (int i = Math.max(0, t - config.baselineWeeks()); i < t; i++) {
                history.get(i).substance(substance).map(w -> w.listingPrices().get(listing)).ifPresent(past::add);
            }
            if (!past.isEmpty() && median(past).signum() > 0) {
                BigDecimal reference = median(past);
                ratios.add(price.divide(reference, MathContext.DECIMAL64));
                before.add(reference);
            }
        });
        if (ratios.size() < config.minPricedOffers()) {
            return Optional.empty();
        }
        BigDecimal ratio = median(ratios);
        BigDecimal baseline = median(before);
        // reported as the baseline median moved by the median ratio, so observed/baseline is that ratio
        return Optional.of(new Matched(baseline.multiply(ratio, MathContext.DECIMAL64).setScale(4, java.math.RoundingMode.HALF_UP),
                baseline.setScale(4, java.math.RoundingMode.HALF_UP), ratios.size()));
    }

    private Optional<BigDecimal> priced(History history, String substance, int i) {
        return history.get(i).substance(substance)
                .filter(w -> w.pricedOffers() >= config.minPricedOffers())
                .flatMap(SubstanceWeek::medianPricePerGram);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, MathContext.DECIMAL64);
    }

    private Flag flag(SubstanceWeek s, IsoWeek week, Change c, IsoWeek start) {
        double rel = c.relative.doubleValue();
        Severity severity = Math.abs(rel) >= 0.5 ? Severity.HIGH : Math.abs(rel) >= 0.3 ? Severity.MEDIUM : Severity.LOW;
        BigDecimal threshold = c.baseline.multiply(BigDecimal.valueOf(
                1 + (c.direction == Direction.UP ? 1 : -1) * config.relativeThreshold()), MathContext.DECIMAL64);
        FlagNumbers numbers = new FlagNumbers(Optional.of(c.observed), Optional.of(c.baseline),
                Optional.of(threshold.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()),
                Optional.of(c.relative.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()),
                "median-ratio");
        String explanation = s.substance() + " median price per gram " + (c.direction == Direction.UP ? "rose" : "fell")
                + " to " + c.observed.toPlainString() + " from a baseline of " + c.baseline.toPlainString()
                + String.format(java.util.Locale.ROOT, " (%+.0f%%, over %d priced offers)", rel * 100, s.pricedOffers());
        return Flags.open(FlagType.PRICE_CHANGE, s.substance(), Optional.empty(), week, severity,
                Optional.of(c.direction), Optional.of(Series.MEDIAN_PRICE_PER_GRAM), numbers, s.evidence(),
                Flags.key(FlagType.PRICE_CHANGE, s.substance(), c.direction.wireName(), start), explanation);
    }
}
