package org.npswatch.detect;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.npswatch.model.Series;

/**
 * Every detection threshold, each with one documented default ({@link #defaults()}). The reasons
 * and the measurements behind the defaults are in docs/detection.md.
 *
 * @param warmupWeeks weeks at the start of a history in which no NEW_SUBSTANCE or AVAILABILITY
 *     "appeared" flags fire, because everything is new when monitoring starts. Default 1.
 * @param absenceWeeks weeks without offers after which a substance (or a scheduled substance in a
 *     shop) counts as new again. Default 8.
 * @param volume volume-change settings
 * @param price price-change settings
 * @param availability availability settings
 */
public record DetectionConfig(
        int warmupWeeks, int absenceWeeks, Volume volume, Price price, Availability availability) {
    public DetectionConfig {
        positive("warmupWeeks", warmupWeeks, 0);
        positive("absenceWeeks", absenceWeeks, 1);
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(availability, "availability");
    }

    /** The defaults documented on each component. */
    public static DetectionConfig defaults() {
        return new DetectionConfig(1, 8, Volume.defaults(), Price.defaults(), Availability.defaults());
    }

    /** A copy with other volume settings. */
    public DetectionConfig withVolume(Volume newVolume) {
        return new DetectionConfig(warmupWeeks, absenceWeeks, newVolume, price, availability);
    }

    /** The statistical methods a volume series can be tested with. */
    public enum VolumeMethodName {
        EARS_C1,
        EARS_C2,
        EARS_C3,
        NEGATIVE_BINOMIAL,
        CUSUM
    }

    /**
     * Volume-change settings.
     *
     * @param method the statistical method. Default {@code NEGATIVE_BINOMIAL}.
     * @param series the count series watched. Default all five count series.
     * @param baselineWeeks weeks in the baseline window of the CUSUM method. Default 8 (the
     *     negative-binomial method has its own, longer window: {@link NegativeBinomial}).
     * @param guardWeeks weeks between the baseline and the tested week, so the onset of a change
     *     does not raise its own baseline. Default 1 (EARS C2/C3 use their own fixed guard of 2).
     * @param minBaselineWeeks fewest baseline weeks a test needs. Default 4.
     * @param dispersionWeeks weeks (before the guard) over which the overdispersion is estimated from
     *     successive differences; longer than the baseline because a variance needs more data than a
     *     mean, and differences are hardly disturbed by a change of level. Default 26.
     * @param negativeBinomial settings of the negative-binomial method (alphas, baseline length,
     *     level shifts, pooled dispersion).
     * @param earsThreshold C1 and C2 alarm threshold in baseline standard deviations. Default 3.
     * @param earsC3Threshold C3 alarm threshold on its three-week sum. Default 2.
     * @param earsSigmaFloor smallest standard deviation EARS divides by. Default 1.
     * @param cusumK CUSUM reference value in standard deviations. Default 0.5.
     * @param cusumH CUSUM decision interval in standard deviations. Default 4.
     * @param minObservedRise a rise needs at least this many in the tested week. Default 5.
     * @param minBaselineRise a rise needs a baseline mean of at least this. Default 2.
     * @param minBaselineFall a fall needs a baseline mean of at least this. Default 10.
     * @param minRelativeChange a rise must reach (1 + this) times the baseline, a fall (1 - this)
     *     times. Default 0.3.
     * @param episodeLookbackWeeks how far back a running episode is traced to name its start week
     *     in the de-duplication key. Default 12.
     * @param episodeGapWeeks alarms in the same direction separated by at most this many quiet weeks
     *     belong to one episode, so a lasting change whose alarms flicker is announced once.
     *     Default 3.
     * @param combineSources also test the sum of shop offers and Telegram posts of a substance
     *     (two independent sources that move together in a surge), besides each series alone.
     *     Default true.
     */
    public record Volume(
            VolumeMethodName method,
            Set<Series> series,
            int baselineWeeks,
            int guardWeeks,
            int minBaselineWeeks,
            int dispersionWeeks,
            NegativeBinomial negativeBinomial,
            double earsThreshold,
            double earsC3Threshold,
            double earsSigmaFloor,
            double cusumK,
            double cusumH,
            long minObservedRise,
            double minBaselineRise,
            double minBaselineFall,
            double minRelativeChange,
            int episodeLookbackWeeks,
            int episodeGapWeeks,
            boolean combineSources) {
        public Volume {
            Objects.requireNonNull(method, "method");
            series = Set.copyOf(series);
            if (series.contains(Series.MEDIAN_PRICE_PER_GRAM)) {
                throw new IllegalArgumentException("volume.series: median_price_per_gram is not a count series");
            }
            positive("volume.baselineWeeks", baselineWeeks, 2);
            positive("volume.guardWeeks", guardWeeks, 0);
            positive("volume.minBaselineWeeks", minBaselineWeeks, 2);
            positive("volume.dispersionWeeks", dispersionWeeks, 2);
            if (minBaselineWeeks > baselineWeeks) {
                throw new IllegalArgumentException("volume.minBaselineWeeks must not exceed volume.baselineWeeks");
            }
            Objects.requireNonNull(negativeBinomial, "negativeBinomial");
            positive("volume.earsThreshold", earsThreshold);
            positive("volume.earsC3Threshold", earsC3Threshold);
            positive("volume.earsSigmaFloor", earsSigmaFloor);
            positive("volume.cusumH", cusumH);
            if (cusumK < 0 || minObservedRise < 0 || minBaselineRise < 0 || minBaselineFall < 0) {
                throw new IllegalArgumentException("volume: cusumK and minimum counts must not be negative");
            }
            if (!(minRelativeChange >= 0 && minRelativeChange < 1)) {
                throw new IllegalArgumentException("volume.minRelativeChange must be in [0, 1): " + minRelativeChange);
            }
            positive("volume.episodeLookbackWeeks", episodeLookbackWeeks, 1);
            positive("volume.episodeGapWeeks", episodeGapWeeks, 0);
        }

        public static Volume defaults() {
            return new Volume(VolumeMethodName.NEGATIVE_BINOMIAL,
                    EnumSet.of(Series.ACTIVE_OFFERS, Series.SHOPS_OFFERING, Series.POSTS, Series.UNIQUE_ADS, Series.SELLERS),
                    8, 1, 4, 26, NegativeBinomial.defaults(), 3.0, 2.0, 1.0, 0.5, 4.0, 5, 2.0, 10.0, 0.3, 12, 3, true);
        }

        /** A copy with other negative-binomial settings, other settings unchanged. */
        public Volume withNegativeBinomial(NegativeBinomial nb) {
            return new Volume(method, series, baselineWeeks, guardWeeks, minBaselineWeeks, dispersionWeeks, nb,
                    earsThreshold, earsC3Threshold, earsSigmaFloor, cusumK, cusumH, minObservedRise, minBaselineRise,
                    minBaselineFall, minRelativeChange, episodeLookbackWeeks, episodeGapWeeks, combineSources);
        }

        /** A copy with another episode gap, other settings unchanged. */
        public Volume withEpisodeGapWeeks(int gap) {
            return new Volume(method, series, baselineWeeks, guardWeeks, minBaselineWeeks, dispersionWeeks, negativeBinomial,
                    earsThreshold, earsC3Threshold, earsSigmaFloor, cusumK, cusumH, minObservedRise, minBaselineRise,
                    minBaselineFall, minRelativeChange, episodeLookbackWeeks, gap, combineSources);
        }

        /** A copy with every negative-binomial alpha multiplied by {@code factor}, for tuning. */
        public Volume withAlphaScale(double factor) {
            return withNegativeBinomial(negativeBinomial.withAlphaScale(factor));
        }

        /** A copy with the combined shop-and-Telegram test switched on or off, other settings unchanged. */
        public Volume withCombineSources(boolean combine) {
            return new Volume(method, series, baselineWeeks, guardWeeks, minBaselineWeeks, dispersionWeeks, negativeBinomial,
                    earsThreshold, earsC3Threshold, earsSigmaFloor, cusumK, cusumH, minObservedRise, minBaselineRise,
                    minBaselineFall, minRelativeChange, episodeLookbackWeeks, episodeGapWeeks, combine);
        }

        /** A copy using another method, other settings unchanged. */
        public Volume withMethod(VolumeMethodName newMethod) {
            return new Volume(newMethod, series, baselineWeeks, guardWeeks, minBaselineWeeks, dispersionWeeks, negativeBinomial, earsThreshold,
                    earsC3Threshold, earsSigmaFloor, cusumK, cusumH, minObservedRise, minBaselineRise,
                    minBaselineFall, minRelativeChange, episodeLookbackWeeks, episodeGapWeeks, combineSources);
        }
    }

    /**
     * Settings of the negative-binomial (Farrington-type) volume method; the reasons and the
     * measurements behind the defaults are in docs/detection.md.
     *
     * @param maxBaselineWeeks longest baseline window before the guard; it is cut at a level shift
     *     ({@code levelShiftZ}) so it holds one level. Default 26.
     * @param riseAlpha tail probability of the one-week test for a rise. Default 0.001.
     * @param twoWeekRiseAlpha tail probability of the two-week test for a rise (the sum of the last
     *     two weeks, when both lie above the baseline): the test that catches a doubling of a series
     *     of 10 a week. Default 0.005.
     * @param fallAlpha tail probability of the one-week test for a fall. Default 0.0005.
     * @param twoWeekFallAlpha tail probability of the two-week test for a fall. Default 0.001.
     * @param levelShiftZ a split of the baseline window whose standardised difference of means
     *     exceeds this is a level shift. Default 3.
     * @param pooledDispersionPairs how many week-to-week differences the dispersion prior pooled
     *     across substances is worth against a series' own estimate. Default 30.
     * @param supportingAlphaScale the alphas of the supporting series (shops offering, unique ads,
     *     sellers) are the above times this: they mostly move with the volume series (shop offers,
     *     posts) and each extra test at full alpha would add its false alarms for little power.
     *     Default 0.2.
     */
    public record NegativeBinomial(
            int maxBaselineWeeks, double riseAlpha, double twoWeekRiseAlpha, double fallAlpha, double twoWeekFallAlpha,
            double levelShiftZ, double pooledDispersionPairs, double supportingAlphaScale) {
        public NegativeBinomial {
            positive("volume.negativeBinomial.maxBaselineWeeks", maxBaselineWeeks, 2);
            probability("volume.negativeBinomial.riseAlpha", riseAlpha);
            probability("volume.negativeBinomial.twoWeekRiseAlpha", twoWeekRiseAlpha);
            probability("volume.negativeBinomial.fallAlpha", fallAlpha);
            probability("volume.negativeBinomial.twoWeekFallAlpha", twoWeekFallAlpha);
            positive("volume.negativeBinomial.levelShiftZ", levelShiftZ);
            if (pooledDispersionPairs < 0) {
                throw new IllegalArgumentException("volume.negativeBinomial.pooledDispersionPairs must not be negative: "
                        + pooledDispersionPairs);
            }
            if (!(supportingAlphaScale > 0 && supportingAlphaScale <= 1)) {
                throw new IllegalArgumentException("volume.negativeBinomial.supportingAlphaScale must be in (0, 1]: "
                        + supportingAlphaScale);
            }
        }

        public static NegativeBinomial defaults() {
            return new NegativeBinomial(26, 0.001, 0.005, 0.0005, 0.001, 3.0, 30, 0.2);
        }

        /** A copy with every alpha multiplied by {@code factor}. */
        public NegativeBinomial withAlphaScale(double factor) {
            return new NegativeBinomial(maxBaselineWeeks, riseAlpha * factor, twoWeekRiseAlpha * factor, fallAlpha * factor,
                    twoWeekFallAlpha * factor, levelShiftZ, pooledDispersionPairs, supportingAlphaScale);
        }

        private static void probability(String key, double value) {
            if (!(value > 0 && value < 0.5)) {
                throw new IllegalArgumentException(key + " must be in (0, 0.5): " + value);
            }
        }
    }

    /**
     * Price-change settings.
     *
     * @param relativeThreshold flag when the median price per gram differs from the baseline by at
     *     least this fraction. Default 0.2 (20%).
     * @param baselineWeeks the baseline is the median of the weekly medians of this many previous
     *     weeks. Default 4.
     * @param minBaselineWeeks fewest priced weeks in that window. Default 2.
     * @param minPricedOffers fewest priced offers in the tested week and in each baseline week.
     *     Default 3.
     */
    public record Price(double relativeThreshold, int baselineWeeks, int minBaselineWeeks, int minPricedOffers) {
        public Price {
            if (!(relativeThreshold > 0 && relativeThreshold < 1)) {
                throw new IllegalArgumentException("price.relativeThreshold must be in (0, 1): " + relativeThreshold);
            }
            positive("price.baselineWeeks", baselineWeeks, 1);
            positive("price.minBaselineWeeks", minBaselineWeeks, 1);
            positive("price.minPricedOffers", minPricedOffers, 1);
        }

        public static Price defaults() {
            return new Price(0.2, 4, 2, 3);
        }
    }

    /**
     * Availability settings.
     *
     * @param vanishAfterRuns a source has vanished after this many consecutive failed runs, so a
     *     single failed crawl never raises a flag. Default 2.
     * @param outOfStockJump flag a wave when a shop's out-of-stock share rises by at least this
     *     (absolute, 0..1) over its share the week before. Default 0.25.
     * @param outOfStockBaselineWeeks weeks over which the shop's usual weekly rate of listings going
     *     out of stock is pooled. Default 8.
     * @param minShopOffers fewest offers a shop must have that week for a wave. Default 10: in a
     *     smaller shop a couple of products going out of stock is already a jump of 25 points.
     * @param waveAlpha a wave must also be unlikely as the shop's usual turnover: the binomial tail
     *     probability of that many listings going out of stock in one week, at the shop's usual
     *     weekly rate, must be at most this. Default 0.001.
     */
    public record Availability(
            int vanishAfterRuns, double outOfStockJump, int outOfStockBaselineWeeks, int minShopOffers, double waveAlpha) {
        public Availability {
            positive("availability.vanishAfterRuns", vanishAfterRuns, 1);
            if (!(outOfStockJump > 0 && outOfStockJump <= 1)) {
                throw new IllegalArgumentException("availability.outOfStockJump must be in (0, 1]: " + outOfStockJump);
            }
            positive("availability.outOfStockBaselineWeeks", outOfStockBaselineWeeks, 1);
            positive("availability.minShopOffers", minShopOffers, 1);
            if (!(waveAlpha > 0 && waveAlpha <= 1)) {
                throw new IllegalArgumentException("availability.waveAlpha must be in (0, 1]: " + waveAlpha);
            }
        }

        public static Availability defaults() {
            return new Availability(2, 0.25, 8, 10, 0.001);
        }
    }

    private static void positive(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ": " + value);
        }
    }

    private static void positive(String key, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(key + " must be positive: " + value);
        }
    }
}
