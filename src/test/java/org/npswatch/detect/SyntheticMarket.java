package org.npswatch.detect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/**
 * A synthetic market of {@value #WEEKS} weeks: stationary substances at weekly post baselines of
 * 3, 10, 30 and 100 with correlated series (unique ads and sellers thinned from posts, shop offers
 * around a fifth of the baseline), eight shops and four channels with occasional single failed
 * crawls, and these injected events (week index from 0):
 * <ul>
 *   <li>{@value #NEW_SUBSTANCE} first offered in week {@value #NEW_WEEK};
 *   <li>{@value #DOUBLING} (baseline 30) and {@value #DOUBLING_10} (baseline 10) double from week
 *       {@value #CHANGE_WEEK}; {@value #HALVING} (baseline 30) halves from the same week;
 *   <li>the price of {@value #PRICE_DROP} drops 30% from week {@value #PRICE_WEEK};
 *   <li>shop {@value #VANISHING_SHOP} fails every run from week {@value #VANISH_WEEK};
 *   <li>an unknown name in three spellings from week {@value #UNKNOWN_WEEK};
 *   <li>the scheduled mdma in shop {@value #PHARMACY} from week 0.
 * </ul>
 */
final class SyntheticMarket {
    static final int WEEKS = 26;
    static final IsoWeek FIRST = IsoWeek.parse("2026-W01");
    static final String NEW_SUBSTANCE = "novel-a";
    static final int NEW_WEEK = 14;
    static final String DOUBLING = "sub-30-0";
    static final String DOUBLING_10 = "sub-10-0";
    static final String HALVING = "sub-30-1";
    static final int CHANGE_WEEK = 16;
    static final String PRICE_DROP = "sub-30-2";
    static final int PRICE_WEEK = 18;
    static final String VANISHING_SHOP = "shop-7";
    static final int VANISH_WEEK = 20;
    static final int UNKNOWN_WEEK = 12;
    static final String PHARMACY = "pharmacy-nl";
    static final double[] BASELINES = {3, 10, 30, 100};
    static final Set<String> EVENT_SUBSTANCES = Set.of(NEW_SUBSTANCE, DOUBLING, DOUBLING_10, HALVING, PRICE_DROP);

    private final Noise noise;
    private final int perBaseline;
    private final SplittableRandom random;
    private final double failedRunChance;

    SyntheticMarket(Noise noise, int perBaseline, long seed, double failedRunChance) {
        this.noise = noise;
        this.perBaseline = perBaseline;
        this.random = new SplittableRandom(seed);
        this.failedRunChance = failedRunChance;
    }

    /** Substances without an injected event: the ones every volume flag on is a false alarm. */
    int quietSubstances() {
        return BASELINES.length * perBaseline - (int) EVENT_SUBSTANCES.stream().filter(s -> s.startsWith("sub-")).count();
    }

    History generate() {
        List<MarketWeek> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            List<SubstanceWeek> substances = new ArrayList<>();
            for (double baseline : BASELINES) {
                for (int i = 0; i < perBaseline; i++) {
                    String name = String.format("sub-%02d-%d", (int) baseline, i).replace("sub-03", "sub-3");
                    substances.add(substance(name, baseline * factor(name, w), price(name, w), w, LegalStatus.UNLISTED, Set.of()));
                }
            }
            if (w >= NEW_WEEK) {
                substances.add(substance(NEW_SUBSTANCE, 6, 20, w, LegalStatus.UNLISTED, Set.of()));
            }
            substances.add(substance("mdma", 20, 8, w, LegalStatus.OPIUM_ACT_LIST_I, Set.of(SourceId.of(PHARMACY))));
            weeks.add(MarketWeek.of(FIRST.plusWeeks(w), substances, sources(w), unknown(w)));
        }
        return new History(weeks);
    }

    private static double factor(String name, int week) {
        if (week < CHANGE_WEEK) {
            return 1.0;
        }
        return name.equals(DOUBLING) || name.equals(DOUBLING_10) ? 2.0 : name.equals(HALVING) ? 0.5 : 1.0;
    }

    private static double price(String name, int week) {
        double base = 10 + Math.abs(name.hashCode() % 40);
        return name.equals(PRICE_DROP) && week >= PRICE_WEEK ? base * 0.7 : base;
    }

    private SubstanceWeek substance(String name, double rate, double price, int week, LegalStatus status, Set<SourceId> shops) {
        long posts = noise.draw(rate, random);
        long ads = binomial(posts, 0.4);
        long sellers = binomial(ads, 0.7);
        long offers = noise.draw(Math.max(1.0, rate / 5), random);
        long shopsOffering = Math.min(offers, (offers + 1) / 2);
        int priced = (int) (offers + Math.min(posts, 10));
        BigDecimal median = BigDecimal.valueOf(price * Math.exp(0.04 * org.npswatch.testing.CountSampler.gaussian(random))).setScale(2, RoundingMode.HALF_UP);
        Set<SourceId> clearnet = new TreeSet<>(shops);
        List<String> evidence = List.of("urn:uuid:" + name + "-" + week, "tg-channel-1/" + (1000 + week));
        return new SubstanceWeek(name, status, (int) offers, (int) shopsOffering, (int) posts, (int) ads, (int) sellers,
                priced > 0 ? java.util.Optional.of(median) : java.util.Optional.empty(), priced, clearnet, evidence);
    }

    private long binomial(long n, double p) {
        long k = 0;
        for (long i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    private List<SourceWeek> sources(int week) {
        List<SourceWeek> sources = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = "shop-" + i;
            boolean up = !(id.equals(VANISHING_SHOP) && week >= VANISH_WEEK) && random.nextDouble() >= failedRunChance;
            int offers = up ? 20 : 0;
            sources.add(new SourceWeek(SourceId.of(id), SourceKind.WEBSHOP, List.of(up), offers,
                    up ? (int) binomial(20, 0.1) : 0, List.of("https://" + id + ".test/")));
        }
        sources.add(new SourceWeek(SourceId.of(PHARMACY), SourceKind.WEBSHOP, List.of(true), 12, 0, List.of()));
        for (int i = 0; i < 4; i++) {
            boolean up = random.nextDouble() >= failedRunChance;
            sources.add(new SourceWeek(SourceId.of("tg-channel-" + i), SourceKind.TELEGRAM_CHANNEL, List.of(up),
                    up ? 50 : 0, 0, List.of()));
        }
        return sources;
    }

    private List<UnknownSighting> unknown(int week) {
        if (week < UNKNOWN_WEEK) {
            return List.of();
        }
        return List.of(
                new UnknownSighting("α-PHiP", SourceId.of("shop-1"), "urn:uuid:phip-" + week),
                new UnknownSighting("alpha-PHiP", SourceId.of("tg-channel-2"), "tg-channel-2/" + (5000 + week)),
                new UnknownSighting("a-phip", SourceId.of("shop-3"), "urn:uuid:phip3-" + week));
    }
}
