package org.npswatch.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.SourceId;

/**
 * Scheduled, non-random events of the simulated market, and the kind of noise around them.
 * Random noise (re-pricing, stock changes, products coming and going, weekly counts drawn around
 * each tracked substance's base level) comes from the seed; these events are fixed so tests and
 * evaluations know exactly when each should be detected ({@link #injected()} is the answer key).
 *
 * <p>Volume, appearance and price events name a substance by its canonical name in the
 * {@link Catalogue}. Volume and appearance events need a tracked substance (one whose weekly count
 * is drawn around a base level: {@link #baseLevels()}, by default {@link #TRACKED_SUBSTANCES});
 * price events may name any substance. A scenario file ({@link ScenarioLoader}) describes the same.
 *
 * @param novelAppearances invented substances appearing in shops
 * @param outages periods in which a shop is not {@link Availability#ONLINE}
 * @param knownAppearances lexicon substances that were not on offer before appearing
 * @param volumeChanges a tracked substance's weekly count multiplied from a week on
 * @param priceChanges a substance's prices multiplied from a week on, in shops and on Telegram
 * @param vanishes shops that stop answering for good
 * @param noise how weekly counts scatter around their level
 * @param baseLevels the tracked substances and their expected weekly counts at multiplier 1, in a
 *     fixed order (each substance's random stream is chosen by its position)
 */
public record MarketEvents(
        List<NovelAppearance> novelAppearances,
        List<Outage> outages,
        List<KnownAppearance> knownAppearances,
        List<VolumeChange> volumeChanges,
        List<PriceChange> priceChanges,
        List<Vanish> vanishes,
        Noise noise,
        List<BaseLevel> baseLevels) {
    /** The base levels of the standard market (3-MMC, 2-FDCK, 2-MMC, 4-FA). */
    public static final List<BaseLevel> DEFAULT_BASE_LEVELS = TrackedSubstances.DEFAULT_LEVELS;

    /** Substances whose weekly counts are drawn around a base level in the standard market. */
    public static final List<String> TRACKED_SUBSTANCES = DEFAULT_BASE_LEVELS.stream().map(BaseLevel::substance).toList();

    /**
     * An invented substance is listed in a shop from this week on.
     *
     * @param name a name no lexicon knows ({@link Catalogue#INVENTED_NAMES} or a scenario's own)
     */
    public record NovelAppearance(int week, SourceId shop, String name) {
        public NovelAppearance {
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("an invented name must not be blank");
            }
        }

        /** The {@code nameIndex}-th of {@link Catalogue#INVENTED_NAMES}. */
        public NovelAppearance(int week, SourceId shop, int nameIndex) {
            this(week, shop, Catalogue.INVENTED_NAMES.get(Math.floorMod(nameIndex, Catalogue.INVENTED_NAMES.size())));
        }
    }

    /**
     * A tracked substance's expected weekly counts at volume multiplier 1.
     *
     * @param shopListings expected listings per week over all shops; a scenario may ask at most
     *     {@link #MAX_SHOP_LISTINGS} (shops list extra variants when the catalogue's run out)
     * @param telegramPosts expected single-substance offer posts per week, by channel username;
     *     only the public channels ({@link #telegramChannels(String)})
     */
    public record BaseLevel(String substance, double shopListings, Map<String, Double> telegramPosts) {
        public BaseLevel {
            Objects.requireNonNull(substance, "substance");
            telegramPosts = Map.copyOf(telegramPosts);
            if (!(shopListings >= 0) || Double.isInfinite(shopListings)) {
                throw new IllegalArgumentException(substance + ": shop listings must be 0 or more: " + shopListings);
            }
            if (TrackedSubstances.variantKeys(substance).isEmpty()) {
                throw new IllegalArgumentException("the market sells no product made of '" + substance + "' alone; trackable: "
                        + trackable());
            }
            for (Map.Entry<String, Double> e : telegramPosts.entrySet()) {
                if (!telegramChannels(substance).contains(e.getKey())) {
                    throw new IllegalArgumentException("no simulated channel '" + e.getKey() + "' advertises " + substance
                            + "; channels that do: " + telegramChannels(substance));
                }
                if (!(e.getValue() >= 0) || e.getValue().isInfinite()) {
                    throw new IllegalArgumentException(substance + ": posts in " + e.getKey() + " must be 0 or more");
                }
            }
        }

        /**
         * The highest expected shop listings a week a scenario may give a tracked substance, also
         * after volume changes: shops list extra variants ({@link OnDemandVariants}) when the
         * catalogue's own run out.
         */
        public static final int MAX_SHOP_LISTINGS = OnDemandVariants.MAX_LEVEL;

        /**
         * The listings of a substance the catalogue's own variants can show in one week (variants ×
         * shops that carry them): a level above it is shown with extra variants.
         */
        public static int catalogueCapacity(String substance) {
            return TrackedSubstances.catalogueCapacity(substance);
        }

        /**
         * Usernames of the simulated channels that can post single ads of this substance when it
         * is tracked: every public channel, in the channel's own hand-written style where it has
         * one ({@link ChannelSpec#trackedAds()}), otherwise in a style made from the catalogue
         * ({@link TelegramChannels#adStyle}).
         */
        public static List<String> telegramChannels(String substance) {
            return TelegramChannels.ALL.stream().filter(ChannelSpec::publicChannel).map(ChannelSpec::username).toList();
        }

        /** Substances that can be tracked: those the catalogue sells as a product of their own, sorted. */
        public static List<String> trackable() {
            return Catalogue.products().stream().filter(p -> p.substances().size() == 1).map(p -> p.substances().getFirst())
                    .distinct().sorted().toList();
        }
    }

    /** A shop is {@code availability} from {@code fromWeek} up to and including {@code toWeek}. */
    public record Outage(SourceId shop, int fromWeek, int toWeek, Availability availability) {
        public Outage {
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(availability, "availability");
        }
    }

    /**
     * A lexicon substance that nobody offered is offered from {@code week} on (in shops and in
     * Telegram channels that carry it), at its tracked base level; at least one shop listing
     * exists in that very week.
     */
    public record KnownAppearance(String substance, int week) {
        public KnownAppearance {
            Objects.requireNonNull(substance, "substance");
        }
    }

    /**
     * From {@code fromWeek} on, the expected weekly count of a tracked substance (shop listings
     * and Telegram offer posts) is multiplied by {@code factor}: 2 doubles, 0.5 halves.
     */
    public record VolumeChange(String substance, int fromWeek, BigDecimal factor) {
        public VolumeChange {
            Objects.requireNonNull(substance, "substance");
            if (factor.signum() <= 0) {
                throw new IllegalArgumentException("volume factor must be positive: " + factor);
            }
        }
    }

    /** From {@code fromWeek} on, every price of the substance is multiplied by {@code factor} (0.7 = -30%). */
    public record PriceChange(String substance, int fromWeek, BigDecimal factor) {
        public PriceChange {
            Objects.requireNonNull(substance, "substance");
            if (factor.signum() <= 0) {
                throw new IllegalArgumentException("price factor must be positive: " + factor);
            }
        }
    }

    /** The shop refuses connections from {@code week} on and never comes back. */
    public record Vanish(SourceId shop, int week) {
        public Vanish {
            Objects.requireNonNull(shop, "shop");
        }
    }

    /**
     * How weekly counts scatter around their expected level.
     *
     * @param negativeBinomialSize 0 for Poisson noise; otherwise the size (dispersion) parameter
     *     {@code k} of a negative binomial with variance {@code mean + mean²/k}
     */
    public record Noise(double negativeBinomialSize) {
        public static final Noise POISSON = new Noise(0);

        public Noise {
            if (negativeBinomialSize < 0 || Double.isNaN(negativeBinomialSize)) {
                throw new IllegalArgumentException("negative binomial size must be 0 (Poisson) or positive");
            }
        }

        public static Noise negativeBinomial(double size) {
            if (size <= 0) {
                throw new IllegalArgumentException("negative binomial size must be positive: " + size);
            }
            return new Noise(size);
        }
    }

    public MarketEvents {
        novelAppearances = List.copyOf(novelAppearances);
        outages = List.copyOf(outages);
        knownAppearances = List.copyOf(knownAppearances);
        volumeChanges = List.copyOf(volumeChanges);
        priceChanges = List.copyOf(priceChanges);
        vanishes = List.copyOf(vanishes);
        Objects.requireNonNull(noise, "noise");
        baseLevels = List.copyOf(baseLevels);
        if (baseLevels.stream().map(BaseLevel::substance).distinct().count() != baseLevels.size()) {
            throw new IllegalArgumentException("a substance has two base levels: " + baseLevels);
        }
        List<String> tracked = baseLevels.stream().map(BaseLevel::substance).toList();
        knownAppearances.forEach(a -> requireTracked(a.substance(), tracked));
        volumeChanges.forEach(c -> requireTracked(c.substance(), tracked));
    }

    /** These events over the standard market's base levels ({@link #DEFAULT_BASE_LEVELS}). */
    public MarketEvents(
            List<NovelAppearance> novelAppearances,
            List<Outage> outages,
            List<KnownAppearance> knownAppearances,
            List<VolumeChange> volumeChanges,
            List<PriceChange> priceChanges,
            List<Vanish> vanishes,
            Noise noise) {
        this(novelAppearances, outages, knownAppearances, volumeChanges, priceChanges, vanishes, noise, DEFAULT_BASE_LEVELS);
    }

    /** Only appearances of invented substances and outages, Poisson noise. */
    public MarketEvents(List<NovelAppearance> novelAppearances, List<Outage> outages) {
        this(novelAppearances, outages, List.of(), List.of(), List.of(), List.of(), Noise.POISSON);
    }

    /**
     * The standard schedule over 26 weeks (week 0 is Monday 2026-01-05), at least one event of
     * each kind; read from the scenario file {@code market/standard.yaml} on the classpath
     * ({@link MarketScenario#standard()}):
     * <ul>
     *   <li>week 2: invented "3-CPMC" appears at chemvault; week 4 it spreads to labpulse; the
     *       other invented names appear in weeks 5, 8, 11, 14, 17, 20 and 23;
     *   <li>weeks 3-4: britchem-direct refuses connections; week 4: chemikalia-pl answers 503;
     *   <li>week 8: the lexicon substance 2-MMC, never offered before, appears (shops and the
     *       English channel);
     *   <li>week 10: 3-MMC doubles (shop listings from about 12 to 24 a week, Telegram offer posts
     *       from about 14 to 28);
     *   <li>week 12: 3-CMC prices drop by 30% in every shop;
     *   <li>week 14: 2-FDCK halves (shop listings about 10 to 5, Telegram posts about 10 to 5);
     *   <li>week 16: cocaine prices drop by 30% (pharmacy shop and Telegram menus);
     *   <li>week 20: pelletpoint vanishes for good.
     * </ul>
     */
    public static MarketEvents standard() {
        return MarketScenario.standard().events();
    }

    /** No scheduled events: only the seed's noise, every tracked substance at its base level from week 0. */
    public static MarketEvents none() {
        return new MarketEvents(List.of(), List.of());
    }

    /** These events plus one more volume change. */
    public MarketEvents with(VolumeChange change) {
        return new MarketEvents(novelAppearances, outages, knownAppearances, plus(volumeChanges, change), priceChanges,
                vanishes, noise, baseLevels);
    }

    /** These events plus one more price change. */
    public MarketEvents with(PriceChange change) {
        return new MarketEvents(novelAppearances, outages, knownAppearances, volumeChanges, plus(priceChanges, change),
                vanishes, noise, baseLevels);
    }

    /** These events plus one more vanishing shop. */
    public MarketEvents with(Vanish vanish) {
        return new MarketEvents(novelAppearances, outages, knownAppearances, volumeChanges, priceChanges,
                plus(vanishes, vanish), noise, baseLevels);
    }

    /** The same events with other noise. */
    public MarketEvents withNoise(Noise otherNoise) {
        return new MarketEvents(novelAppearances, outages, knownAppearances, volumeChanges, priceChanges, vanishes,
                otherNoise, baseLevels);
    }

    /** The same events over other base levels. */
    public MarketEvents withBaseLevels(List<BaseLevel> levels) {
        return new MarketEvents(novelAppearances, outages, knownAppearances, volumeChanges, priceChanges, vanishes, noise,
                levels);
    }

    /** The shop's availability in a week. */
    public Availability availability(SourceId shop, int week) {
        if (vanishes.stream().anyMatch(v -> v.shop().equals(shop) && week >= v.week())) {
            return Availability.DOWN;
        }
        return outages.stream()
                .filter(o -> o.shop().equals(shop) && week >= o.fromWeek() && week <= o.toWeek())
                .map(Outage::availability)
                .findFirst()
                .orElse(Availability.ONLINE);
    }

    /** Invented substances that start being listed in this exact week. */
    public List<NovelAppearance> appearingIn(int week) {
        return novelAppearances.stream().filter(a -> a.week() == week).toList();
    }

    /**
     * How many times its base level a tracked substance's count is expected to be in a week: 0
     * before a known appearance, the product of every volume change begun by then.
     */
    public double volumeMultiplier(String substance, int week) {
        for (KnownAppearance a : knownAppearances) {
            if (a.substance().equals(substance) && week < a.week()) {
                return 0;
            }
        }
        double m = 1;
        for (VolumeChange c : volumeChanges) {
            if (c.substance().equals(substance) && week >= c.fromWeek()) {
                m *= c.factor().doubleValue();
            }
        }
        return m;
    }

    /** The highest {@link #volumeMultiplier} of a substance over all weeks (1 without volume changes). */
    public double highestVolumeMultiplier(String substance) {
        double highest = volumeMultiplier(substance, 0);
        for (VolumeChange c : volumeChanges) {
            highest = Math.max(highest, volumeMultiplier(substance, c.fromWeek()));
        }
        for (KnownAppearance a : knownAppearances) {
            highest = Math.max(highest, volumeMultiplier(substance, a.week()));
        }
        return highest;
    }

    /** Whether a known appearance of the substance happens in exactly this week. */
    public boolean appearsIn(String substance, int week) {
        return knownAppearances.stream().anyMatch(a -> a.substance().equals(substance) && a.week() == week);
    }

    /** The product of every price change of the substance begun by this week (1 without). */
    public BigDecimal priceFactor(String substance, int week) {
        BigDecimal f = BigDecimal.ONE;
        for (PriceChange c : priceChanges) {
            if (c.substance().equals(substance) && week >= c.fromWeek()) {
                f = f.multiply(c.factor());
            }
        }
        return f;
    }

    /** Every injected event, in order of week: the answer key for detection evaluations. */
    public List<InjectedEvent> injected() {
        return InjectedEvent.of(this);
    }

    /**
     * The number that identifies an invented name's product (its listing id and product key): its
     * position in {@link Catalogue#INVENTED_NAMES}, or for a scenario's own names the next numbers
     * in order of first appearance.
     */
    int novelIndex(String name) {
        int known = Catalogue.INVENTED_NAMES.indexOf(name);
        if (known >= 0) {
            return known;
        }
        List<String> others = novelAppearances.stream().map(NovelAppearance::name)
                .filter(n -> !Catalogue.INVENTED_NAMES.contains(n)).distinct().toList();
        int i = others.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no appearance of the invented name " + name);
        }
        return Catalogue.INVENTED_NAMES.size() + i;
    }

    private static void requireTracked(String substance, List<String> tracked) {
        if (!tracked.contains(substance)) {
            throw new IllegalArgumentException("'" + substance + "' is not a tracked substance; tracked: " + tracked);
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** The vanishing of a shop, if one is scheduled. */
    Optional<Vanish> vanishOf(SourceId shop) {
        return vanishes.stream().filter(v -> v.shop().equals(shop)).findFirst();
    }
}
