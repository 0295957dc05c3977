package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.index.DocType;
import org.npswatch.index.Hit;
import org.npswatch.index.ListingRecord;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.SearchRequest;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.MarketScenario;
import org.npswatch.market.MarketTruth;
import org.npswatch.market.ScenarioLoader;
import org.npswatch.market.ShopTruth;
import org.npswatch.market.ShownOffer;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.model.Substance;

/**
 * An evaluator's history beyond the catalogue's own capacity, end to end: 4-FA at 40 shop
 * listings a week doubling to 80 is crawled by {@code simulate}, every listing the market shows
 * (extra variants included) is extracted as a 4-FA offer, and {@code detect --replay} flags the
 * doubling as a rising VOLUME_CHANGE within a week of its onset.
 */
class SimulateBeyondCatalogueTest {
    private static final Path SCENARIO = Path.of("src/test/resources/app/simulate/doubling-beyond-catalogue.yaml");

    @TempDir
    Path tmp;

    @Test
    void aDoublingFromFortyListingsIsExtractedInFullAndFlaggedWithinAWeek() throws IOException {
        Path data = tmp.resolve("history-4fa");
        Path config = Files.createDirectories(tmp.resolve("no-config"));
        CliRun sim = CliRun.in(data, config, Map.of(), "simulate", "--scenario", SCENARIO.toString());
        assertEquals(0, sim.code(), sim.toString());
        List<JsonNode> key = CliRun.jsonLines(Files.readString(data.resolve(SimulateCommand.ANSWER_KEY)));
        assertEquals(1, key.size(), key.toString());
        JsonNode doubling = key.getFirst();
        assertEquals("VOLUME_UP", doubling.get("type").asText());
        assertEquals("2026-W07", doubling.get("week").asText());
        assertEquals(80.0, doubling.get("shop_listings").get("after").asDouble());

        // every listing of 4-FA the market showed in the last week is in the index as 4-FA (as the
        // demo's truth check, by substance: pack sizes of pellets written "100mg" are read as one
        // 100 mg tier on some platforms, for catalogue products and their extra variants alike)
        Lexicon lexicon = Lexicon.fromClasspath();
        MarketScenario scenario = ScenarioLoader.withLexicon(t -> lexicon.lookup(t).map(Substance::canonicalName)).load(SCENARIO);
        MarketTruth truth;
        try (SimulatedMarket market = SimulatedMarket.start(scenario, 0)) {
            market.atWeek(6);
            truth = market.truth();
        }
        Map<String, ListingRecord> indexed = new HashMap<>();
        try (OfferIndex index = OfferIndex.open(data, lexicon)) {
            for (Hit h : index.search(SearchRequest.all(100_000).withType(DocType.LISTING)).hits()) {
                ListingRecord l = (ListingRecord) h;
                indexed.put(l.source().value() + "|" + fold(l.product()), l);
            }
        }
        int shown = 0;
        List<String> misses = new ArrayList<>();
        for (ShopTruth shop : truth.shops()) {
            for (ShownOffer o : shop.offers()) {
                if (o.role() != ShownOffer.Role.MAIN || !o.substances().equals(List.of("4-FA"))) {
                    continue;
                }
                shown++;
                ListingRecord l = indexed.get(shop.id().value() + "|" + fold(o.product()));
                if (l == null || !l.substances().equals(List.of("4-FA"))) {
                    misses.add(shop.id() + ": " + o.product() + " -> " + (l == null ? "not indexed" : l.substances() + " " + l.tiers()));
                }
            }
        }
        assertTrue(truth.listingsOf("4-FA") > 50, "week 6 at level 80: " + truth.listingsOf("4-FA"));
        assertEquals(List.of(), misses, shown + " 4-FA offers shown in week 6");

        CliRun detect = CliRun.in(data, config, Map.of(), "detect", "--replay");
        assertEquals(0, detect.code(), detect.toString());
        CliRun flags = CliRun.in(data, config, Map.of(), "flags", "--format", "jsonl");
        assertEquals(0, flags.code(), flags.toString());
        List<String> upWeeks = new ArrayList<>();
        for (JsonNode f : flags.jsonLines()) {
            if (f.get("type").asText().equals("VOLUME_CHANGE") && f.get("substance").asText().equals("4-FA")
                    && f.path("direction").asText().equalsIgnoreCase("up")) {
                upWeeks.add(f.get("week").asText());
            }
        }
        assertTrue(upWeeks.equals(List.of("2026-W07")) || upWeeks.equals(List.of("2026-W08")),
                "4-FA rising within a week of 2026-W07: " + upWeeks + " in " + flags.out());
    }

    private static String fold(String product) {
        return product.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
