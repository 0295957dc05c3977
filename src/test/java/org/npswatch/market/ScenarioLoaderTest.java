package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.npswatch.config.ConfigException;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.SourceId;
import org.npswatch.model.Substance;

/**
 * Scenario files: the shipped standard scenario is exactly the standard schedule, an evaluator's
 * scenario with every key loads as written, and each realistic mistake in one is reported with
 * file, line, key and what is wrong.
 */
class ScenarioLoaderTest {
    private static final Path EVALUATOR = Path.of("src/test/resources/market/scenarios/evaluator-history.yaml");
    private static final Lexicon LEXICON = Lexicon.fromClasspath();
    private static final ScenarioLoader LOADER =
            ScenarioLoader.withLexicon(term -> LEXICON.lookup(term).map(Substance::canonicalName));

    /** The standard schedule as it was written in Java before it became a file: the file must say exactly this. */
    private static MarketEvents standardAsWrittenInJava() {
        List<String> rcShops = List.of("chemvault", "rc-onderzoek-nl", "pelletpoint", "albion-research", "reagenzien-de",
                "labpulse", "chemikalia-pl", "britchem-direct");
        List<MarketEvents.NovelAppearance> novel = new ArrayList<>();
        novel.add(new MarketEvents.NovelAppearance(2, SourceId.of("chemvault"), 0));
        novel.add(new MarketEvents.NovelAppearance(4, SourceId.of("labpulse"), 0));
        for (int i = 1; i < Catalogue.INVENTED_NAMES.size(); i++) {
            novel.add(new MarketEvents.NovelAppearance(2 + 3 * i, SourceId.of(rcShops.get(i % rcShops.size())), i));
        }
        return new MarketEvents(novel,
                List.of(new MarketEvents.Outage(SourceId.of("britchem-direct"), 3, 4, Availability.DOWN),
                        new MarketEvents.Outage(SourceId.of("chemikalia-pl"), 4, 4, Availability.UNAVAILABLE)),
                List.of(new MarketEvents.KnownAppearance("2-MMC", 8)),
                List.of(new MarketEvents.VolumeChange("3-MMC", 10, new BigDecimal("2")),
                        new MarketEvents.VolumeChange("2-FDCK", 14, new BigDecimal("0.5"))),
                List.of(new MarketEvents.PriceChange("3-CMC", 12, new BigDecimal("0.70")),
                        new MarketEvents.PriceChange("cocaine", 16, new BigDecimal("0.70"))),
                List.of(new MarketEvents.Vanish(SourceId.of("pelletpoint"), 20)),
                MarketEvents.Noise.POISSON);
    }

    @Test
    void theShippedStandardScenarioIsTheStandardScheduleOverTwentySixWeeks() {
        MarketScenario standard = MarketScenario.standard();
        assertEquals(26, standard.weeks());
        assertEquals(42, standard.seed());
        assertEquals(MarketClock.STANDARD, standard.clock());
        assertEquals(standardAsWrittenInJava(), standard.events());
        assertEquals(standardAsWrittenInJava(), MarketEvents.standard());
        assertEquals(standardAsWrittenInJava().injected(), standard.injected());
        // read through the lexicon as a user's file would be, the same file gives the same scenario
        assertEquals(standard, LOADER.load(Path.of("src/main/resources", MarketScenario.STANDARD_RESOURCE)));
    }

    @Test
    void anEvaluatorsScenarioLoadsWithEveryKeyAsWritten() {
        MarketScenario s = LOADER.load(EVALUATOR);
        assertEquals(20, s.weeks());
        assertEquals(1717, s.seed());
        assertEquals(LocalDate.of(2026, 3, 2), s.clock().weekStart(0));
        MarketEvents e = s.events();
        assertEquals(MarketEvents.Noise.negativeBinomial(10), e.noise());
        assertEquals(List.of(
                new MarketEvents.BaseLevel("3-MMC", 15, Map.of("snelbezorgd_nl", 8.0, "eu_rc_supply", 9.0)),
                new MarketEvents.BaseLevel("2-FDCK", 10, Map.of("eu_rc_supply", 10.0)),
                new MarketEvents.BaseLevel("2-MMC", 6, Map.of("eu_rc_supply", 5.0)),
                new MarketEvents.BaseLevel("4-FA", 7, Map.of()),
                new MarketEvents.BaseLevel("6-APB", 4, Map.of())), e.baseLevels());
        assertEquals(List.of(new MarketEvents.NovelAppearance(6, SourceId.of("chemvault"), "3-Cl-PVP"),
                new MarketEvents.NovelAppearance(9, SourceId.of("albion-research"), "3-Cl-PVP")), e.novelAppearances());
        assertEquals(List.of(new MarketEvents.KnownAppearance("6-APB", 7)), e.knownAppearances());
        // "3mmc" and "keta" are read through the lexicon
        assertEquals(List.of(new MarketEvents.VolumeChange("3-MMC", 11, new BigDecimal("2.5")),
                new MarketEvents.VolumeChange("3-MMC", 16, new BigDecimal("0.4"))), e.volumeChanges());
        assertEquals(List.of(new MarketEvents.PriceChange("ketamine", 13, new BigDecimal("0.80"))), e.priceChanges());
        assertEquals(List.of(new MarketEvents.Outage(SourceId.of("labpulse"), 4, 5, Availability.UNAVAILABLE)), e.outages());
        assertEquals(List.of(new MarketEvents.Vanish(SourceId.of("reagenzien-de"), 15)), e.vanishes());

        List<InjectedEvent> key = s.injected();
        assertEquals(List.of(InjectedEvent.Type.SHOP_OUTAGE, InjectedEvent.Type.NEW_UNKNOWN_NAME, InjectedEvent.Type.NEW_SUBSTANCE,
                InjectedEvent.Type.UNKNOWN_NAME_SPREADS, InjectedEvent.Type.VOLUME_UP, InjectedEvent.Type.PRICE_DOWN,
                InjectedEvent.Type.SHOP_VANISHED, InjectedEvent.Type.VOLUME_DOWN), key.stream().map(InjectedEvent::type).toList());
        InjectedEvent surge = key.get(4);
        assertEquals(new InjectedEvent.Levels(15, 37.5), surge.expectedShopListings().orElseThrow());
        assertEquals(new InjectedEvent.Levels(17, 42.5), surge.expectedTelegramPosts().orElseThrow());
        assertEquals(new InjectedEvent.Levels(37.5, 15), key.get(7).expectedShopListings().orElseThrow());
        assertEquals(new InjectedEvent.Levels(0, 4), key.get(2).expectedShopListings().orElseThrow());
    }

    @Test
    void theExampleInTheConfigurationDocsIsThisTestedScenario() throws IOException {
        String docs = Files.readString(Path.of("docs/configuration.md"));
        String section = docs.substring(docs.indexOf("## Market scenarios"));
        String example = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", section.indexOf("```yaml\n") + 8));
        assertEquals(Files.readString(EVALUATOR), example);
    }

    @Test
    void fewerWeeksLeaveTheLaterEventsOutOfTheAnswerKey() {
        MarketScenario s = LOADER.load(EVALUATOR).withWeeks(10);
        assertEquals(List.of(4, 6, 7, 9), s.injected().stream().map(InjectedEvent::week).toList());
        assertEquals(List.of(11, 13, 15, 16), s.beyondLastWeek().stream().map(InjectedEvent::week).toList());
    }

    @Test
    void aLoaderWithoutTheLexiconKnowsOnlyTheCataloguesNames() {
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioLoader.exactNames().load(EVALUATOR));
        assertTrue(e.getMessage().startsWith(EVALUATOR + ":20: events[3].substance: unknown substance '3mmc'"), e.getMessage());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("weeks: 20", "weeks: 200", "4: weeks: must be between 1 and 156, got 200"),
                Arguments.of("weeks: 20", "weeks: twenty", "4: weeks: must be a whole number, got \"twenty\""),
                Arguments.of("seed: 1717", "seed: 17.5", "5: seed: must be a whole number, got \"17.5\""),
                Arguments.of("start: 2026-03-02", "start: 2026-03-04",
                        "6: start: must be a Monday (week 0 starts on it); 2026-03-04 is a wednesday, the Monday before is 2026-03-02"),
                Arguments.of("start: 2026-03-02", "start: 2 March 2026",
                        "6: start: must be a date like 2026-01-05 (a Monday), got \"2 March 2026\""),
                Arguments.of("kind: negative_binomial", "kind: gaussian",
                        "8: noise.kind: must be poisson or negative_binomial, got \"gaussian\""),
                Arguments.of("size: 10 ", "size: 0 ", "9: noise.size: must be above 0, got 0"),
                Arguments.of("  - substance: 6-APB ", "  - substance: LSD ",
                        "14: tracked[1].substance: 'LSD' (LSD in the lexicon) is not possible here: the market can track only"
                                + " substances it sells as a product of their own: " + String.join(", ", MarketEvents.BaseLevel.trackable())),
                Arguments.of("shop_listings: 4", "shop_listings: 401",
                        "15: tracked[1].shop_listings: 401 listings a week is more than the 400 the simulated shops can show of"
                                + " one substance (above 6 for 6-APB they list extra variants); lower the level"),
                Arguments.of("shop_listings: 15", "shop_listings: -3", "12: tracked[0].shop_listings: must be 0 or more, got -3"),
                Arguments.of("{eu_rc_supply: 9}", "{pillen_groep_nl: 9}",
                        "13: tracked[0].telegram_posts.pillen_groep_nl: no simulated channel 'pillen_groep_nl' posts ads of 3-MMC;"
                                + " channels that do: snelbezorgd_nl, eu_rc_supply"),
                // the YAML parser notices the missing brace on the next line; its own words follow
                Arguments.of("{eu_rc_supply: 9}", "{eu_rc_supply: 9", "14: not valid YAML: while parsing a flow mapping; ..."),
                Arguments.of("shop: chemvault", "shop: chemvalt",
                        "17: events[0].shop: unknown shop 'chemvalt'; the simulated shops are chemvault, rc-onderzoek-nl, labpulse,"
                                + " albion-research, hhc-cloud, reagenzien-de, chemikalia-pl, pelletpoint, britchem-direct,"
                                + " apotheek-direct, snowline-contact"),
                Arguments.of("name: 3-Cl-PVP, shop: chemvault", "name: Flubrotizolam, shop: chemvault",
                        "17: events[0].name: 'Flubrotizolam' is a known substance (flubrotizolam in the lexicon); a novel name must"
                                + " be one no lexicon knows. For a known substance use type: appear"),
                Arguments.of("shop: chemvault", "shop: snowline-contact",
                        "17: events[0].shop: snowline-contact is a contact page that lists no products; choose a shop that does"),
                Arguments.of("shop: albion-research, week: 9", "shop: labpulse, week: 5",
                        "18: events[1].week: labpulse is unavailable in week 5, so nobody could see 3-Cl-PVP appear there;"
                                + " choose another week or shop"),
                Arguments.of("substance: 6-APB, week: 7", "substance: 6-ABP, week: 7",
                        "19: events[2].substance: unknown substance '6-ABP' (not in the lexicon, and the simulated market sells no"
                                + " such thing); the market sells: " + String.join(", ", ScenarioNames.marketSubstances())),
                Arguments.of("substance: 6-APB, week: 7", "substance: cocaine, week: 7",
                        "19: events[2].substance: an appearance needs a tracked substance (one with a base level), and cocaine is"
                                + " not tracked; add it under tracked with its shop_listings, or use one of 3-MMC, 2-FDCK, 2-MMC, 4-FA, 6-APB"),
                Arguments.of("substance: 6-APB, week: 7", "substance: 2-FDCK, week: 7",
                        "19: events[2].substance: 2-FDCK is in a product two shops list every week (the 3-MMC + 2-FDCK kit),"
                                + " so it cannot appear"),
                Arguments.of("factor: 2.5", "factor: -2", "20: events[3].factor: must be above 0 (0.5 halves, 2 doubles), got -2"),
                Arguments.of("factor: 2.5", "factor: 1.0", "20: events[3].factor: 1 changes nothing; use a factor above or below 1"),
                Arguments.of("factor: 2.5", "factor: 27",
                        "20: events[3].factor: brings 3-MMC to 405 expected listings a week from week 11, more than the 400 the"
                                + " simulated shops can show of one substance; lower the factor or the base level"),
                Arguments.of("substance: 3-MMC, week: 16", "substance: 3-MMC, week: 20",
                        "21: events[4].week: must be between 1 and 19, got 20"),
                Arguments.of("substance: 3-MMC, week: 16", "substance: 3-MMC, weeks: 16",
                        "21: events[4].weeks: unknown key (did you mean 'week'?)"),
                Arguments.of("{type: volume, substance: 3-MMC, week: 16, factor: 0.4}", "{type: volume, substance: 6-APB, week: 5, factor: 2}",
                        "21: events[4].week: this volume change of 6-APB in week 5 is not after its appearance in week 7 (line 19)"),
                Arguments.of("substance: keta", "substance: LSD",
                        "22: events[5].substance: 'LSD' (LSD in the lexicon) is not possible here: the market sells: "
                                + String.join(", ", ScenarioNames.marketSubstances())),
                Arguments.of("type: outage", "type: outtage",
                        "23: events[6].type: must be one of novel, appear, volume, price, outage, vanish, got \"outtage\""),
                Arguments.of("from: 4, to: 5", "from: 4, to: 3", "23: events[6].to: must not be before from (4), got 3"),
                Arguments.of("status: unavailable", "status: offline",
                        "23: events[6].status: must be down (connections refused) or unavailable (503), got \"offline\""),
                Arguments.of("shop: reagenzien-de, week: 15", "shop: labpulse, week: 5",
                        "23: events[6].to: labpulse vanishes in week 5 (line 24); an outage must end before that"),
                Arguments.of("{type: vanish, shop: reagenzien-de, week: 15}", "{type: vanish, shop: reagenzien-de}",
                        "24: events[7].week: is required: a week number from 1 to 19"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void aMistakeInAScenarioIsReportedWithFileLineKeyAndProblem(String correct, String mistaken, String expected) throws IOException {
        String text = Files.readString(EVALUATOR);
        assertTrue(text.contains(correct), correct);
        ConfigException e = assertThrows(ConfigException.class, () -> LOADER.parse(EVALUATOR, text.replaceFirst(
                java.util.regex.Pattern.quote(correct), java.util.regex.Matcher.quoteReplacement(mistaken))));
        if (expected.endsWith("...")) {
            String start = EVALUATOR + ":" + expected.substring(0, expected.length() - 3);
            assertTrue(e.getMessage().startsWith(start), e.getMessage());
        } else {
            assertEquals(EVALUATOR + ":" + expected, e.getMessage());
        }
    }

    @Test
    void aFileWithoutWeeksOrWithAnUnknownKeySaysWhichKey() {
        assertEquals(Path.of("s.yaml") + ":1: weeks: is required: how many weeks to simulate (1-156)",
                assertThrows(ConfigException.class, () -> LOADER.parse(Path.of("s.yaml"), "seed: 3\n")).getMessage());
        assertEquals(Path.of("s.yaml") + ":2: event: unknown key (did you mean 'events'?)",
                assertThrows(ConfigException.class, () -> LOADER.parse(Path.of("s.yaml"), "weeks: 8\nevent: []\n")).getMessage());
        assertEquals(Path.of("s.yaml") + ":0: no such file",
                assertThrows(ConfigException.class, () -> LOADER.load(Path.of("s.yaml"))).getMessage());
        assertEquals(Optional.of(8), Optional.of(LOADER.parse(Path.of("s.yaml"), "weeks: 8\n").weeks()));
    }
}
