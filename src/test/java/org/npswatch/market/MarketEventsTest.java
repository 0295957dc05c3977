package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Intent;
import org.npswatch.model.PriceTier;
import org.npswatch.model.SourceId;

/** 26 weeks of the standard schedule: stationary noise, and each injected event visible in the truth from its week. */
class MarketEventsTest {
    private static final int WEEKS = 26;
    private static final List<MarketTruth> SHOPS = new ArrayList<>();
    private static SimulatedMarket market;
    private static long millisFor26Weeks;

    @BeforeAll
    static void runTwentySixWeeks() {
        long start = System.nanoTime();
        market = SimulatedMarket.start(7);
        SHOPS.add(market.truth());
        for (int w = 1; w < WEEKS; w++) {
            market.advanceWeek();
            SHOPS.add(market.truth());
        }
        millisFor26Weeks = (System.nanoTime() - start) / 1_000_000;
    }

    @AfterAll
    static void stop() {
        market.close();
    }

    private static double meanListings(String substance, int from, int to) {
        return IntStream.range(from, to).map(w -> SHOPS.get(w).listingsOf(substance)).average().orElseThrow();
    }

    private static double meanPosts(String substance, int from, int to) {
        TelegramTruth t = market.telegramTruth();
        return IntStream.range(from, to).map(w -> t.offerPostsMentioning(substance, w)).average().orElseThrow();
    }

    @Test
    void theStandardScheduleHasOneEventOfEachKindWithItsWeek() {
        List<InjectedEvent> events = market.injectedEvents();
        assertEquals(List.of(8), weeks(events, InjectedEvent.Type.NEW_SUBSTANCE, "2-MMC"));
        assertEquals(List.of(2), weeks(events, InjectedEvent.Type.NEW_UNKNOWN_NAME, "3-CPMC"));
        assertEquals(List.of(10), weeks(events, InjectedEvent.Type.VOLUME_UP, "3-MMC"));
        assertEquals(List.of(14), weeks(events, InjectedEvent.Type.VOLUME_DOWN, "2-FDCK"));
        assertEquals(List.of(12), weeks(events, InjectedEvent.Type.PRICE_DOWN, "3-CMC"));
        assertEquals(List.of(16), weeks(events, InjectedEvent.Type.PRICE_DOWN, "cocaine"));
        InjectedEvent vanish = events.stream().filter(e -> e.type() == InjectedEvent.Type.SHOP_VANISHED).findFirst().orElseThrow();
        assertEquals(Optional.of(SourceId.of("pelletpoint")), vanish.shop());
        assertEquals(20, vanish.week());
        InjectedEvent doubling = events.stream().filter(e -> e.type() == InjectedEvent.Type.VOLUME_UP).findFirst().orElseThrow();
        assertEquals(new InjectedEvent.Levels(12, 24), doubling.expectedShopListings().orElseThrow());
        assertEquals(new InjectedEvent.Levels(14, 28), doubling.expectedTelegramPosts().orElseThrow());
        assertEquals(Catalogue.INVENTED_NAMES.size(),
                events.stream().filter(e -> e.type() == InjectedEvent.Type.NEW_UNKNOWN_NAME).count());
        assertTrue(events.stream().allMatch(e -> e.week() < WEEKS));
    }

    private static List<Integer> weeks(List<InjectedEvent> events, InjectedEvent.Type type, String substance) {
        return events.stream().filter(e -> e.type() == type && e.substance().equals(Optional.of(substance)))
                .map(InjectedEvent::week).toList();
    }

    @Test
    void aDoubledSubstanceRoughlyDoublesInShopsAndOnTelegram() {
        double shopsBefore = meanListings("3-MMC", 0, 10);
        double shopsAfter = meanListings("3-MMC", 10, WEEKS);
        double ratio = shopsAfter / shopsBefore;
        assertTrue(ratio > 1.6 && ratio < 2.4, "3-MMC listings " + shopsBefore + " -> " + shopsAfter);
        assertTrue(shopsBefore >= 10, "baseline of at least 10 a week: " + shopsBefore);
        double postsBefore = meanPosts("3-MMC", 0, 10);
        double postsAfter = meanPosts("3-MMC", 10, WEEKS);
        assertTrue(postsAfter / postsBefore > 1.6 && postsAfter / postsBefore < 2.4, "3-MMC posts " + postsBefore + " -> " + postsAfter);
        assertTrue(postsBefore >= 10, "baseline of at least 10 posts a week: " + postsBefore);
        long variants = SHOPS.get(WEEKS - 1).shops().stream().flatMap(s -> s.offers().stream())
                .filter(o -> o.substances().equals(List.of("3-MMC"))).map(ShownOffer::productKey).distinct().count();
        assertTrue(variants >= 4, "new variants such as pellets and rocks: " + variants);
    }

    @Test
    void aHalvedSubstanceRoughlyHalves() {
        double before = meanListings("2-FDCK", 0, 14) - 2;
        double after = meanListings("2-FDCK", 14, WEEKS) - 2;
        assertTrue(after / before > 0.3 && after / before < 0.7, "2-FDCK listings besides the two kits " + before + " -> " + after);
        double postsBefore = meanPosts("2-FDCK", 0, 14);
        double postsAfter = meanPosts("2-FDCK", 14, WEEKS);
        assertTrue(postsAfter / postsBefore > 0.3 && postsAfter / postsBefore < 0.7, "2-FDCK posts " + postsBefore + " -> " + postsAfter);
    }

    @Test
    void aKnownSubstanceIsOfferedFromItsWeekAndNeverBefore() {
        for (int w = 0; w < 8; w++) {
            assertFalse(SHOPS.get(w).substancesOnOffer().contains("2-MMC"), "week " + w);
            assertEquals(0, market.telegramTruth().offerPostsMentioning("2-MMC", w));
        }
        assertTrue(SHOPS.get(8).listingsOf("2-MMC") >= 1);
        assertTrue(meanListings("2-MMC", 8, WEEKS) > 3);
        assertTrue(meanPosts("2-MMC", 8, WEEKS) > 2.5);
    }

    @Test
    void aPriceDropCutsTheSubstancesPricesByThirtyPercentFromItsWeek() {
        BigDecimal shopsBefore = medianRatio(SHOPS.get(11), SHOPS.get(12), "3-CMC");
        assertTrue(shopsBefore.compareTo(new BigDecimal("0.66")) > 0 && shopsBefore.compareTo(new BigDecimal("0.74")) < 0,
                "3-CMC price of the same listings week 11 -> 12: x" + shopsBefore);
        BigDecimal calm = medianRatio(SHOPS.get(10), SHOPS.get(11), "3-CMC");
        assertTrue(calm.compareTo(new BigDecimal("0.9")) > 0 && calm.compareTo(new BigDecimal("1.1")) < 0, "x" + calm);
        double before = cocainePerGram(14, 16);
        double after = cocainePerGram(16, 18);
        assertTrue(after / before > 0.62 && after / before < 0.78, "Telegram cocaine €/g " + before + " -> " + after);
    }

    private static BigDecimal medianRatio(MarketTruth a, MarketTruth b, String substance) {
        List<BigDecimal> ratios = new ArrayList<>();
        for (ShopTruth s : a.shops()) {
            for (ShownOffer o : s.offers()) {
                b.shop(s.id()).flatMap(t -> t.offer(o.productKey())).filter(x -> o.substances().contains(substance))
                        .ifPresent(x -> ratios.add(x.tiers().getFirst().price().amount()
                                .divide(o.tiers().getFirst().price().amount(), 4, RoundingMode.HALF_UP)));
            }
        }
        assertTrue(ratios.size() >= 2, "listings in both weeks: " + ratios.size());
        return ratios.stream().sorted().toList().get(ratios.size() / 2);
    }

    /** Median first-tier price per gram of cocaine in Telegram menus, weeks [from, to). */
    private static double cocainePerGram(int from, int to) {
        List<Double> perGram = market.telegramTruth().channels().stream().flatMap(c -> c.messages().stream())
                .filter(m -> m.week() >= from && m.week() < to && m.intent() == Intent.OFFER && m.substances().contains("cocaine"))
                .flatMap(m -> m.tiers().stream().limit(1))
                .filter(t -> t.quantity().unit() == org.npswatch.model.Unit.GRAM && t.quantity().amount().intValue() == 1)
                .map(PriceTier::price).map(p -> p.amount().doubleValue()).sorted().toList();
        assertTrue(perGram.size() >= 5, "cocaine menus: " + perGram.size());
        return perGram.get(perGram.size() / 2);
    }

    @Test
    void seriesWithoutEventsAreStationary() {
        try (SimulatedMarket quiet = SimulatedMarket.start(11, MarketEvents.none())) {
            List<Integer> listings = new ArrayList<>();
            for (int w = 0; w < WEEKS; w++) {
                if (w > 0) {
                    quiet.advanceWeek();
                }
                listings.add(quiet.truth().listingsOf("3-MMC"));
            }
            double first = listings.subList(0, 13).stream().mapToInt(Integer::intValue).average().orElseThrow();
            double second = listings.subList(13, WEEKS).stream().mapToInt(Integer::intValue).average().orElseThrow();
            assertTrue(Math.abs(first - second) < 0.25 * first, "3-MMC listings " + first + " vs " + second);
            TelegramTruth t = quiet.telegramTruth();
            double postsFirst = IntStream.range(0, 13).map(w -> t.offerPostsMentioning("cocaine", w)).average().orElseThrow();
            double postsSecond = IntStream.range(13, WEEKS).map(w -> t.offerPostsMentioning("cocaine", w)).average().orElseThrow();
            assertTrue(Math.abs(postsFirst - postsSecond) < 0.3 * postsFirst, "cocaine posts " + postsFirst + " vs " + postsSecond);
            assertTrue(quiet.injectedEvents().isEmpty());
        }
    }

    @Test
    void countsArePoissonOrNegativeBinomialAroundTheirLevel() {
        Random rng = new Random(1);
        double[] poisson = moments(IntStream.range(0, 20_000).map(i -> Counts.draw(12, MarketEvents.Noise.POISSON, rng)).toArray());
        assertEquals(12, poisson[0], 0.15);
        assertEquals(12, poisson[1], 0.8);
        double[] nb = moments(IntStream.range(0, 20_000)
                .map(i -> Counts.draw(12, MarketEvents.Noise.negativeBinomial(5), rng)).toArray());
        assertEquals(12, nb[0], 0.25);
        assertEquals(12 + 144 / 5.0, nb[1], 3.0);
        assertEquals(0, Counts.draw(0, MarketEvents.Noise.POISSON, rng));
    }

    private static double[] moments(int[] xs) {
        double mean = IntStream.of(xs).average().orElseThrow();
        double var = IntStream.of(xs).mapToDouble(x -> (x - mean) * (x - mean)).sum() / (xs.length - 1);
        return new double[] {mean, var};
    }

    @Test
    void aVanishedShopRefusesConnectionsFromItsWeekOnForGood() throws IOException {
        MarketEvents events = MarketEvents.none().with(new MarketEvents.Vanish(SourceId.of("pelletpoint"), 2));
        MarketHttp http = new MarketHttp();
        try (SimulatedMarket m = SimulatedMarket.start(3, events)) {
            URI robots = shop(m, "pelletpoint").baseUri().resolve("/robots.txt");
            m.atWeek(1);
            assertEquals(200, http.get(robots).statusCode());
            for (int w = 2; w <= 5; w++) {
                m.atWeek(w);
                assertEquals(Availability.DOWN, shop(m, "pelletpoint").availability());
                assertThrows(ConnectException.class, () -> http.get(robots), "week " + w);
                assertEquals(0, m.truth().shop(SourceId.of("pelletpoint")).orElseThrow().pages().size());
            }
            assertEquals(List.of(InjectedEvent.Type.SHOP_VANISHED), m.injectedEvents().stream().map(InjectedEvent::type).toList());
        }
    }

    private static SimulatedShop shop(SimulatedMarket m, String id) {
        return m.shops().stream().filter(s -> s.id().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eventsNeedATrackedSubstanceAndAnExistingShop() {
        assertThrows(IllegalArgumentException.class, () -> MarketEvents.none().with(new MarketEvents.VolumeChange("cocaine", 3, BigDecimal.TWO)));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedMarket.start(1, MarketEvents.none().with(new MarketEvents.Vanish(SourceId.of("nope"), 2))));
        assertEquals(List.of("3-MMC", "2-FDCK", "2-MMC", "4-FA"), MarketEvents.TRACKED_SUBSTANCES);
    }

    @Test
    void theSameSeedGivesTheSameTwentySixWeeks() {
        try (SimulatedMarket twin = SimulatedMarket.start(7)) {
            twin.atWeek(WEEKS - 1);
            assertEquals(SHOPS.getLast().shops().stream().map(ShopTruth::offers).toList(),
                    twin.truth().shops().stream().map(ShopTruth::offers).toList());
            assertEquals(market.telegramTruth(), twin.telegramTruth());
        }
    }

    @Test
    void twentySixWeeksTakeSecondsNotMinutes() {
        assertTrue(millisFor26Weeks < 20_000, "26 weeks took " + millisFor26Weeks + " ms");
        int maxPages = SHOPS.stream().flatMap(t -> t.shops().stream()).mapToInt(s -> s.pages().size()).max().orElseThrow();
        assertTrue(maxPages <= 60, "pages per shop at most 60: " + maxPages);
    }
}
