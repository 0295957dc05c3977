package org.npswatch.detect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.Severity;

/**
 * VOLUME_CHANGE: significant rises and falls of the weekly count series of each substance. Every
 * watched series is tested with the configured {@link VolumeMethod}; an alarm must also pass the
 * minimum-count rules (a rise needs a baseline mean and an observed count above minimums, a fall a
 * baseline large enough for a fall to be measurable, both a minimum relative change). At most one
 * flag per substance, direction and week, naming the most significant series: the series of one
 * substance move together, and one surge announced five times would be five alarms for one event.
 * A running episode (alarms in consecutive weeks) keeps the key of the week it started.
 */
public final class VolumeChangeDetector implements Detector {
    private final DetectionConfig.Volume config;
    private final VolumeMethod method;
    private final VolumeMethod supportingMethod;
    /** The method with its alphas divided by the number of volume tests of a substance (index 1..3). */
    private final VolumeMethod[] sharedMethods = new VolumeMethod[4];

    public VolumeChangeDetector(DetectionConfig.Volume config) {
        this.config = config;
        this.method = VolumeMethod.from(config);
        this.supportingMethod = VolumeMethod.from(config.withAlphaScale(config.negativeBinomial().supportingAlphaScale()));
        sharedMethods[1] = method;
        for (int k = 2; k < sharedMethods.length; k++) {
            sharedMethods[k] = VolumeMethod.from(config.withAlphaScale(1.0 / k));
        }
    }

    /**
     * The method a test runs with: a supporting series at its reduced alpha; a volume series (shop
     * offers, posts, their sum) at the alpha shared among the substance's volume tests
     * (Bonferroni), so a substance seen both in shops and on Telegram has no more false alarms
     * than one seen in only one of them.
     */
    private VolumeMethod methodFor(Test test, List<Test> tests, int t) {
        if (test.supporting()) {
            return supportingMethod;
        }
        int volumeTests = (int) tests.stream().filter(x -> !x.supporting() && x.observedBefore(t - config.guardWeeks())).count();
        return sharedMethods[Math.min(Math.max(volumeTests, 1), sharedMethods.length - 1)];
    }

    /** The volume series proper; the others (shops offering, unique ads, sellers) support them. */
    private static final java.util.Set<Series> VOLUME_SERIES = java.util.EnumSet.of(Series.ACTIVE_OFFERS, Series.POSTS);

    @Override
    public FlagType type() {
        return FlagType.VOLUME_CHANGE;
    }

    @Override
    public List<Flag> detect(History history, IsoWeek week) {
        int t = history.require(week);
        Map<String, List<Test>> testsBySubstance = new TreeMap<>();
        for (String substance : history.substancesUpTo(t)) {
            Map<Series, long[]> panel = new EnumMap<>(Series.class);
            for (Series s : config.series()) {
                panel.put(s, history.panelCounts(substance, s, t));
            }
            testsBySubstance.put(substance, tests(panel, firstOffered(history, substance, t), t));
        }
        Priors priors = new Priors(testsBySubstance.values());
        List<Flag> flags = new ArrayList<>();
        testsBySubstance.forEach((substance, tests) -> {
            for (Direction direction : Direction.values()) {
                strongest(tests, t, direction, priors).ifPresent(alarm -> {
                    int start = episodeStart(tests, t, direction, priors);
                    flags.add(flag(history, substance, week, alarm, history.get(start).week()));
                });
            }
        });
        return flags;
    }

    /**
     * The dispersion priors of one detection run, fitted across all substances' tests of the same
     * kind (series, or the combined test) on the weeks before the guard of each tested week, and
     * kept for the weeks an episode is traced back through.
     */
    private final class Priors {
        private final List<Test> all = new ArrayList<>();
        private final Map<String, DispersionPrior> fitted = new HashMap<>();

        Priors(Iterable<List<Test>> tests) {
            tests.forEach(all::addAll);
        }

        /** The prior for tests of {@code kind} at absolute week {@code t}. */
        DispersionPrior at(String kind, int t) {
            return fitted.computeIfAbsent(kind + "@" + t, k -> {
                int end = t - config.guardWeeks();
                List<DifferenceStats> stats = new ArrayList<>();
                for (Test test : all) {
                    int relativeEnd = end - test.first();
                    if (test.label().equals(kind) && relativeEnd >= 2) {
                        stats.add(DifferenceStats.of(test.counts(), relativeEnd - config.dispersionWeeks(), relativeEnd));
                    }
                }
                return DispersionPrior.pooled(stats, config.negativeBinomial().pooledDispersionPairs());
            });
        }
    }

    /**
     * The first week the substance was offered: a series starts there, because the weeks before
     * it are zeros that would make the baseline of a newly offered substance too low, and its
     * first weeks a "rise" (the appearance itself is NEW_SUBSTANCE's business).
     */
    private static int firstOffered(History history, String substance, int t) {
        for (int i = 0; i <= t; i++) {
            if (history.get(i).substance(substance).filter(SubstanceWeek::offered).isPresent()) {
                return i;
            }
        }
        return t;
    }

    /**
     * One tested count series, from the substance's first week on.
     *
     * @param reported the series a flag names
     * @param first the absolute week the counts start at (the substance's first offered week)
     * @param counts the weekly counts
     * @param label what the counts are, for the explanation
     * @param parts for the combined test, the series it adds up (the flag names the one that moved most)
     */
    private record Test(Series reported, int first, long[] counts, String label, List<long[]> parts, List<Series> partSeries) {
        boolean supporting() {
            return !VOLUME_SERIES.contains(reported);
        }

        /** Whether the series counted anything before absolute week {@code end}: a series of zeros is no test. */
        boolean observedBefore(int end) {
            for (int i = 0; i < Math.min(end - first, counts.length); i++) {
                if (counts[i] > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Each watched series alone, and, when both shop offers and Telegram posts are watched, their
     * sum: the two come from independent sources and move together when a substance surges or
     * fades, so their sum has twice the information of either (a doubling from 10 + 10 a week is
     * as visible as one from 20) at the false-alarm cost of one more test.
     */
    private List<Test> tests(Map<Series, long[]> panel, int first, int t) {
        List<Test> tests = new ArrayList<>();
        panel.forEach((s, c) -> tests.add(new Test(s, first, slice(c, first), s.wireName(), List.of(), List.of())));
        if (config.combineSources() && panel.containsKey(Series.ACTIVE_OFFERS) && panel.containsKey(Series.POSTS)) {
            long[] offers = slice(panel.get(Series.ACTIVE_OFFERS), first);
            long[] posts = slice(panel.get(Series.POSTS), first);
            if (!comparable(offers, posts, t - first)) {
                return tests;
            }
            long[] sum = new long[offers.length];
            for (int i = 0; i < sum.length; i++) {
                sum[i] = offers[i] + posts[i];
            }
            tests.add(new Test(Series.ACTIVE_OFFERS, first, sum, "shop offers and Telegram posts together",
                    List.of(offers, posts), List.of(Series.ACTIVE_OFFERS, Series.POSTS)));
        }
        return tests;
    }

    /**
     * Whether both parts carry a fair share of the sum over the weeks before the guard: a sum
     * whose smaller part is under {@value #MIN_COMBINED_SHARE} of the larger is nearly the larger
     * series again (its signal-to-noise ratio gains under 12%), so testing it would add a test
     * and its false alarms for next to no power.
     */
    private boolean comparable(long[] a, long[] b, int t) {
        int end = Math.max(0, t - config.guardWeeks());
        long sumA = 0;
        long sumB = 0;
        for (int i = 0; i < end; i++) {
            sumA += a[i];
            sumB += b[i];
        }
        long small = Math.min(sumA, sumB);
        long large = Math.max(sumA, sumB);
        return large > 0 && small >= MIN_COMBINED_SHARE * large;
    }

    /** Smallest ratio of the smaller to the larger part for the combined test. */
    static final double MIN_COMBINED_SHARE = 0.25;

    private static long[] slice(long[] counts, int from) {
        return java.util.Arrays.copyOfRange(counts, from, counts.length);
    }

    /** The method's alarm for week t of a volume series if it passes the minimum-count rules. */
    Optional<VolumeAlarm> alarm(long[] counts, int t, Direction direction, DispersionPrior prior) {
        return alarm(method, counts, t, direction, prior);
    }

    private Optional<VolumeAlarm> alarm(VolumeMethod m, long[] counts, int t, Direction direction, DispersionPrior prior) {
        return m.test(counts, t, direction, prior).filter(this::passesMinimums);
    }

    private boolean passesMinimums(VolumeAlarm a) {
        if (a.direction() == Direction.UP) {
            return a.expected() >= config.minBaselineRise()
                    && a.observed() >= config.minObservedRise()
                    && a.observed() >= a.expected() * (1 + config.minRelativeChange());
        }
        return a.expected() >= config.minBaselineFall() && a.observed() <= a.expected() * (1 - config.minRelativeChange());
    }

    private record SeriesAlarm(Series series, String label, VolumeAlarm alarm) {}

    /** The most significant alarm among the tests at absolute week {@code t}. */
    private Optional<SeriesAlarm> strongest(List<Test> tests, int t, Direction direction, Priors priors) {
        SeriesAlarm best = null;
        for (Test test : tests) {
            int rt = t - test.first();
            if (rt < 0) {
                continue;
            }
            Optional<VolumeAlarm> a = alarm(methodFor(test, tests, t), test.counts(), rt, direction,
                    priors.at(test.label(), t));
            if (a.isPresent() && (best == null || a.get().strength() > best.alarm().strength())) {
                best = new SeriesAlarm(reported(test, rt, direction), test.label(), a.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The series a flag names: for the combined test, the part that moved most against its own past. */
    private Series reported(Test test, int t, Direction direction) {
        Series best = test.reported();
        double bestRatio = Double.NaN;
        for (int i = 0; i < test.parts().size(); i++) {
            long[] c = test.parts().get(i);
            double mean = 0;
            int n = 0;
            for (int j = Math.max(0, t - config.guardWeeks() - config.baselineWeeks()); j < t - config.guardWeeks(); j++) {
                mean += c[j];
                n++;
            }
            double ratio = (c[t] + 1.0) / (n == 0 ? 1.0 : mean / n + 1.0);
            double score = direction == Direction.UP ? ratio : 1 / ratio;
            if (Double.isNaN(bestRatio) || score > bestRatio) {
                bestRatio = score;
                best = test.partSeries().get(i);
            }
        }
        return best;
    }

    /**
     * The first (absolute) week of the episode that ends at t: the run of alarming weeks in the
     * same direction, bridging up to {@code episodeGapWeeks} quiet weeks, traced back at most
     * {@code episodeLookbackWeeks}.
     */
    private int episodeStart(List<Test> tests, int t, Direction direction, Priors priors) {
        int first = tests.isEmpty() ? t : tests.getFirst().first();
        int start = t;
        int quiet = 0;
        for (int w = t - 1; w >= first && t - w <= config.episodeLookbackWeeks(); w--) {
            if (strongest(tests, w, direction, priors).isPresent()) {
                start = w;
                quiet = 0;
            } else if (++quiet > config.episodeGapWeeks()) {
                break;
            }
        }
        return start;
    }

    private Flag flag(History history, String substance, IsoWeek week, SeriesAlarm found, IsoWeek start) {
        VolumeAlarm a = found.alarm();
        double ratio = a.expected() > 0 ? a.observed() / a.expected() : Double.POSITIVE_INFINITY;
        Severity severity = a.direction() == Direction.UP
                ? ratio >= 3 ? Severity.HIGH : ratio >= 2 ? Severity.MEDIUM : Severity.LOW
                : ratio <= 1.0 / 3 ? Severity.HIGH : ratio <= 0.5 ? Severity.MEDIUM : Severity.LOW;
        String span = a.windowWeeks() == 2 ? " a week over the last two weeks" : " in " + week;
        String explanation = substance + " " + found.label() + " "
                + (a.direction() == Direction.UP ? "rose" : "fell") + " to " + Flags.num(a.observed()) + span
                + " against a baseline of " + Flags.num(a.expected()) + " a week (" + method.name()
                + " threshold " + Flags.num(a.threshold()) + ", statistic " + String.format(java.util.Locale.ROOT, "%.3g", a.statistic()) + ")";
        List<String> evidence = history.get(history.require(week)).substance(substance)
                .map(SubstanceWeek::evidence).orElse(List.of());
        return Flags.open(FlagType.VOLUME_CHANGE, substance, Optional.empty(), week, severity,
                Optional.of(a.direction()), Optional.of(found.series()),
                FlagNumbers.of(a.observed(), a.expected(), a.threshold(), a.statistic(), method.name()), evidence,
                Flags.key(FlagType.VOLUME_CHANGE, substance, a.direction().wireName(), start), explanation);
    }
}
