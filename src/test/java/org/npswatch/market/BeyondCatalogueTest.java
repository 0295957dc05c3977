package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npswatch.extract.telegram.PostAnalyser;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;
import org.npswatch.model.Substance;

/**
 * A scenario asking more of a substance than the catalogue's own variants can show (4-FA at 40
 * listings a week doubling to 80; its catalogue capacity is 24), and Telegram levels for
 * substances no channel advertised (6-APB, bromazolam): the market shows them week by week.
 */
class BeyondCatalogueTest {
    private static final List<MarketTruth> WEEKS = new ArrayList<>();
    private static Lexicon lexicon;
    private static MarketScenario scenario;
    private static SimulatedMarket market;

    @BeforeAll
    static void runTheScenario() {
        lexicon = Lexicon.fromClasspath();
        scenario = ScenarioLoader.withLexicon(t -> lexicon.lookup(t).map(Substance::canonicalName))
                .load(Path.of("src/test/resources/market/scenarios/beyond-catalogue.yaml"));
        market = SimulatedMarket.start(scenario, 0);
        WEEKS.add(market.truth());
        for (int w = 1; w < scenario.weeks(); w++) {
            market.advanceWeek();
            WEEKS.add(market.truth());
        }
    }

    @AfterAll
    static void stop() {
        market.close();
    }

    @Test
    void fourFaIsListedAroundFortyThenAroundEightyAWeekBeyondItsCatalogueCapacity() {
        assertEquals(24, MarketEvents.BaseLevel.catalogueCapacity("4-FA"));
        List<Integer> counts = WEEKS.stream().map(t -> t.listingsOf("4-FA")).toList();
        for (int w = 0; w < 12; w++) {
            double mean = w < 6 ? 40 : 80;
            // Poisson: within four standard deviations every week
            assertTrue(Math.abs(counts.get(w) - mean) <= 4 * Math.sqrt(mean), "week " + w + ": " + counts);
        }
        double before = IntStream.range(0, 6).map(counts::get).average().orElseThrow();
        double after = IntStream.range(6, 12).map(counts::get).average().orElseThrow();
        assertTrue(before > 35 && before < 45, "4-FA weeks 0-5, level 40: " + counts);
        assertTrue(after > 72 && after < 88, "4-FA weeks 6-11, level 80: " + counts);
        assertTrue(IntStream.range(6, 12).allMatch(w -> counts.get(w) > 24), "more than the catalogue's 24: " + counts);
    }

    @Test
    void extraVariantsAreNamedAsTheSubstanceInShopsThatSellStimulantsOnly() {
        MarketTruth peak = WEEKS.get(8);
        List<ShownOffer> extras = new ArrayList<>();
        for (ShopTruth shop : peak.shops()) {
            ShopSpec spec = Shops.ALL.stream().filter(s -> s.id().equals(shop.id())).findFirst().orElseThrow();
            List<ShownOffer> offers = shop.offers().stream().filter(o -> o.role() == ShownOffer.Role.MAIN).toList();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (ShownOffer o : offers) {
                if (OnDemandVariants.baseKey(o.productKey()).isPresent() && seen.add(o.productKey())) {
                    extras.add(o);
                    assertTrue(spec.categories().contains(CatalogueProduct.Category.RC_STIMULANT), shop.id() + " " + o);
                }
            }
            // a shop never shows two products under one name
            assertEquals(offers.stream().map(ShownOffer::productKey).distinct().count(),
                    offers.stream().map(ShownOffer::product).distinct().count(), shop.id().value());
        }
        int listed = peak.listingsOf("4-FA");
        assertTrue(listed > 60, "week 8 at level 80: " + listed);
        // every listing beyond the catalogue's 24 slots is an extra variant
        assertTrue(extras.size() >= listed - 24, listed + " listings, " + extras.size() + " extra variants");
        for (ShownOffer o : extras) {
            assertEquals(List.of("4-FA"), o.substances(), o.toString());
            // the lexicon reads the shop's name for it as 4-FA and nothing else
            org.npswatch.lexicon.Recognition r = lexicon.recognise(o.product());
            assertEquals(List.of("4-FA"), r.substances().stream().map(Substance::canonicalName).distinct().toList(), o.product());
            assertEquals(List.of(), r.unknownCandidates(), o.product());
        }
        // made from each of 4-FA's catalogue variants: the powder, the pellets and the crystal
        assertEquals(java.util.Set.of("4fa", "4fapellets", "4fa2"),
                extras.stream().map(o -> OnDemandVariants.baseKey(o.productKey()).orElseThrow()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aSubstanceWithoutAdsGetsItsTelegramLevelInItsChannelOnly() {
        TelegramTruth.ChannelTruth english = market.telegramTruth().channel(TelegramChannels.ENGLISH).orElseThrow();
        TelegramTruth.ChannelTruth dutch = market.telegramTruth().channel(TelegramChannels.DUTCH).orElseThrow();
        List<Integer> ads = IntStream.range(0, 12).map(w -> offers(english, w, "6-APB").size()).boxed().toList();
        for (int w = 0; w < 12; w++) {
            assertTrue(Math.abs(ads.get(w) - 15) <= 4 * Math.sqrt(15), "week " + w + ": " + ads);
            assertEquals(List.of(), offers(dutch, w, "6-APB"), "6-APB has no level in the Dutch channel");
        }
        double mean = ads.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertTrue(mean > 12 && mean < 18, "6-APB ads a week, level 15: " + ads);
        double bromazolam = IntStream.range(0, 12).map(w -> offers(dutch, w, "bromazolam").size()).average().orElseThrow();
        assertTrue(bromazolam > 4 && bromazolam < 8, "bromazolam ads a week in the Dutch channel, level 6: " + bromazolam);
    }

    @Test
    void theNewAdsAreReadAsOffersOfTheirSubstanceWithTheirPrices() {
        PostAnalyser analyser = PostAnalyser.standard(lexicon);
        int read = 0;
        for (String channel : List.of(TelegramChannels.ENGLISH, TelegramChannels.DUTCH)) {
            TelegramTruth.ChannelTruth truth = market.telegramTruth().channel(channel).orElseThrow();
            for (TelegramMessageTruth m : truth.messages()) {
                if (m.intent() != Intent.OFFER || !(m.substances().equals(List.of("6-APB")) || m.substances().equals(List.of("bromazolam")))) {
                    continue;
                }
                AnalysedPost a = analyser.analyse(new Post(SourceId.of(channel), String.valueOf(m.id()), m.postedAt(), m.text(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
                assertEquals(Intent.OFFER, a.intent(), m.text());
                assertEquals(m.substances(), a.substances(), m.text());
                assertEquals(m.tiers(), a.tiers(), m.text());
                read++;
            }
        }
        assertTrue(read > 200, "ads read: " + read);
    }

    @Test
    void theStandardMarketNeverListsAnExtraVariant() {
        MarketEvolution evolution = new MarketEvolution(42, Shops.ALL, MarketEvents.standard());
        List<ShopState> shops = evolution.initial();
        for (int w = 1; w < 26; w++) {
            shops = evolution.next(shops, w);
            for (ShopState s : shops) {
                assertTrue(s.listings().stream().noneMatch(l -> OnDemandVariants.baseKey(l.product().key()).isPresent()),
                        "week " + w + " " + s.spec().id());
            }
        }
    }

    @Test
    void everyTrackableSubstanceCanBeShownDoublingFromSixtyAndFromTwoHundredListingsAWeek() {
        List<String> failures = new ArrayList<>();
        for (int base : new int[] {60, 200}) {
            for (String substance : MarketEvents.BaseLevel.trackable()) {
                MarketEvents events = new MarketEvents(List.of(), List.of(), List.of(),
                        List.of(new MarketEvents.VolumeChange(substance, 1, java.math.BigDecimal.TWO)), List.of(), List.of(),
                        MarketEvents.Noise.POISSON, List.of(new MarketEvents.BaseLevel(substance, base, java.util.Map.of())));
                MarketEvolution evolution = new MarketEvolution(5, Shops.ALL, events);
                List<ShopState> shops = evolution.next(evolution.initial(), 1);
                long listed = shops.stream().flatMap(s -> s.listings().stream())
                        .filter(l -> l.product().substances().equals(List.of(substance))).count();
                if (Math.abs(listed - 2 * base) > 5 * Math.sqrt(2 * base)) {
                    failures.add(substance + " at " + 2 * base + ": " + listed);
                }
                // every shop names its listings apart
                for (ShopState shop : shops) {
                    long names = shop.listings().stream().map(Listing::name).distinct().count();
                    if (names != shop.listings().size()) {
                        failures.add(substance + " at " + 2 * base + ": two listings of one name in " + shop.spec().id());
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "listings in the week of a doubling");
    }

    @Test
    void everyTrackableSubstancesAdsWrittenFromTheCatalogueAreReadAsOffersOfItInBothChannels() {
        PostAnalyser analyser = PostAnalyser.standard(lexicon);
        List<String> failures = new ArrayList<>();
        for (ChannelSpec channel : TelegramChannels.ALL.stream().filter(ChannelSpec::publicChannel).toList()) {
            // the hand-written styles of the standard market (3-MMC, 2-FDCK, 2-MMC) stay as they are
            for (String substance : MarketEvents.BaseLevel.trackable().stream().filter(t -> !channel.trackedAds().containsKey(t)).toList()) {
                ChannelSpec.TrackedAdStyle style = TelegramChannels.adStyle(channel, substance);
                String canonical = lexicon.lookup(substance).map(Substance::canonicalName).orElse(substance);
                for (int seller = 0; seller < 3; seller++) {
                    MenuLine line = style.line(seller, substance);
                    List<org.npswatch.model.PriceTier> tiers = line.tiers(1.0);
                    String text = line.text(tiers, line.emoji()) + "\n" + style.footers().get(seller % style.footers().size())
                            + "\n\ud83d\udcf2 @" + style.handle(seller);
                    AnalysedPost a = analyser.analyse(new Post(SourceId.of(channel.username()), substance + seller,
                            Instant.parse("2026-01-05T10:00:00Z"), text, Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty()));
                    if (a.intent() != Intent.OFFER || !a.substances().equals(List.of(canonical)) || !a.tiers().equals(tiers)) {
                        failures.add(channel.username() + ": " + text.lines().findFirst().orElseThrow() + " -> " + a.intent() + " "
                                + a.substances() + " " + a.tiers());
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static List<TelegramMessageTruth> offers(TelegramTruth.ChannelTruth channel, int week, String substance) {
        return channel.inWeek(week).stream()
                .filter(m -> m.intent() == Intent.OFFER && m.substances().equals(List.of(substance))).toList();
    }
}
