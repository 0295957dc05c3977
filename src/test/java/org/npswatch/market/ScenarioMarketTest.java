package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Intent;
import org.npswatch.model.SourceId;
import org.npswatch.model.Substance;

/** An evaluator's scenario file run in the market: its calendar, levels and events are what the market shows. */
class ScenarioMarketTest {
    private static final List<MarketTruth> WEEKS = new ArrayList<>();
    private static MarketScenario scenario;
    private static SimulatedMarket market;

    @BeforeAll
    static void runTheScenario() {
        Lexicon lexicon = Lexicon.fromClasspath();
        scenario = ScenarioLoader.withLexicon(t -> lexicon.lookup(t).map(Substance::canonicalName))
                .load(Path.of("src/test/resources/market/scenarios/evaluator-history.yaml"));
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
    void theCalendarStartsOnTheScenariosMonday() {
        assertEquals(LocalDate.of(2026, 3, 2), WEEKS.get(0).weekStart());
        assertEquals(LocalDate.of(2026, 7, 13), WEEKS.get(19).weekStart());
        // Telegram messages of week 0 are dated in that week
        market.telegramTruth().channels().stream().flatMap(c -> c.inWeek(0).stream()).forEach(m -> assertTrue(
                !m.postedAt().isBefore(scenario.clock().publishedAt(0)) && m.postedAt().isBefore(scenario.clock().publishedAt(1)),
                m.post() + " " + m.postedAt()));
    }

    @Test
    void aNewlyTrackedSubstanceIsAbsentUntilItAppearsThenDrawnAroundItsLevel() {
        for (int w = 0; w < 7; w++) {
            assertFalse(WEEKS.get(w).substancesOnOffer().contains("6-APB"), "week " + w);
        }
        assertTrue(WEEKS.get(7).listingsOf("6-APB") >= 1);
        double mean = IntStream.range(7, 20).map(w -> WEEKS.get(w).listingsOf("6-APB")).average().orElseThrow();
        assertTrue(mean > 2.5 && mean <= 5.5, "6-APB listings a week from week 7, level 4: " + mean);
    }

    @Test
    void aScenariosOwnInventedNameAppearsInItsShopFromItsWeek() {
        for (int w = 0; w < 6; w++) {
            assertFalse(WEEKS.get(w).unknownNamesOnOffer().contains("3-Cl-PVP"), "week " + w);
        }
        ShopTruth chemvault = WEEKS.get(6).shop(SourceId.of("chemvault")).orElseThrow();
        assertTrue(chemvault.offers().stream().anyMatch(o -> o.unknownNames().equals(List.of("3-Cl-PVP"))
                && o.product().startsWith("3-Cl-PVP")), chemvault.offers().toString());
        assertEquals(List.of("chemvault"), shopsListing("3-Cl-PVP", 8));
        assertEquals(List.of("chemvault", "albion-research"), shopsListing("3-Cl-PVP", 9));
    }

    private static List<String> shopsListing(String inventedName, int week) {
        return WEEKS.get(week).shops().stream()
                .filter(s -> s.offers().stream().anyMatch(o -> o.unknownNames().contains(inventedName)))
                .map(s -> s.id().value()).toList();
    }

    @Test
    void outagesVanishesAndTelegramLevelsFollowTheFile() {
        SourceId labpulse = SourceId.of("labpulse");
        assertEquals(List.of(Availability.ONLINE, Availability.UNAVAILABLE, Availability.UNAVAILABLE, Availability.ONLINE),
                IntStream.rangeClosed(3, 6).mapToObj(w -> WEEKS.get(w).shop(labpulse).orElseThrow().availability()).toList());
        SourceId reagenzien = SourceId.of("reagenzien-de");
        assertEquals(Availability.ONLINE, WEEKS.get(14).shop(reagenzien).orElseThrow().availability());
        assertTrue(IntStream.range(15, 20).allMatch(w -> WEEKS.get(w).shop(reagenzien).orElseThrow().availability() == Availability.DOWN));
        // 3-MMC single ads in the English channel at the file's 9 a week (the Dutch channel keeps its standard 8)
        TelegramTruth.ChannelTruth english = market.telegramTruth().channel("eu_rc_supply").orElseThrow();
        double ads = IntStream.range(0, 11).map(w -> (int) english.inWeek(w).stream()
                .filter(m -> m.intent() == Intent.OFFER && m.substances().equals(List.of("3-MMC"))).count()).average().orElseThrow();
        assertTrue(ads > 6 && ads < 12, "3-MMC ads a week in eu_rc_supply before the surge, level 9: " + ads);
    }
}
