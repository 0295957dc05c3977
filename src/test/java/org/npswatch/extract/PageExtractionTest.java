package org.npswatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Offer;
import org.npswatch.model.Page;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.Money;
import org.npswatch.model.SourceId;
import org.npswatch.model.StockStatus;
import org.npswatch.model.Unit;

class PageExtractionTest {
    private static final Lexicon LEXICON = Fixtures.lexicon();

    @Test
    void printsOneJsonLineInTheEvaluationFormatPerOffer() {
        String lines = new PageExtraction(LEXICON).extractAsJsonLines("https://chemvoorraad.example/product/3-mmc-kristallen/",
                Fixtures.path("woocommerce/product-3mmc.html"), Optional.empty());
        assertEquals("{\"product\": \"3-MMC Kristallen\", \"substances\": [\"3-MMC\"], \"unknown_candidates\": [], \"tiers\": ["
                + "{\"quantity\": 1, \"unit\": \"g\", \"price\": 12.5, \"currency\": \"EUR\"}, "
                + "{\"quantity\": 5, \"unit\": \"g\", \"price\": 50, \"currency\": \"EUR\"}, "
                + "{\"quantity\": 10, \"unit\": \"g\", \"price\": 90, \"currency\": \"EUR\"}, "
                + "{\"quantity\": 25, \"unit\": \"g\", \"price\": 200, \"currency\": \"EUR\"}], \"in_stock\": true}\n", lines);
    }

    @Test
    void jsonLinesAreValidJsonWithNumbersAndNullStock() throws IOException {
        Offer offer = new Offer(SourceId.of("s"), URI.create("https://s.example/"), "GBL \"pure\" 99.9%", List.of("GBL"), List.of(),
                List.of(new PriceTier(Quantity.of("0.50", Unit.LITRE), Money.of("1250.00", "GBP"))), StockStatus.UNKNOWN, Optional.empty());
        JsonNode node = new ObjectMapper().readTree(OfferJsonLines.line(offer));
        assertEquals("GBL \"pure\" 99.9%", node.get("product").asText());
        assertTrue(node.get("in_stock").isNull());
        assertEquals("0.5", node.get("tiers").get(0).get("quantity").asText());
        assertTrue(node.get("tiers").get(0).get("price").isIntegralNumber());
        assertEquals(1250, node.get("tiers").get(0).get("price").asInt());
    }

    @Test
    void productsJsonFileIsReadAsJsonByItsName() {
        List<Offer> offers = new PageExtraction(LEXICON).extract("https://nordic-research.example/products.json",
                Fixtures.path("shopify/products.json"), Optional.empty());
        assertEquals(13, offers.size());
        assertEquals(SourceId.of("nordic-research.example"), offers.getFirst().source());
    }

    @Test
    void jsonFileWithoutJsonNameIsRecognisedByItsContent(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("saved-page");
        Files.copy(Fixtures.path("shopify/products.json"), saved);
        assertEquals(13, new PageExtraction(LEXICON).extract("https://nordic-research.example/products.json", saved, Optional.empty()).size());
    }

    @Test
    void pageWithoutOffersPrintsNothing() {
        assertEquals("", new PageExtraction(LEXICON).extractAsJsonLines("https://chemvoorraad.example/faq/",
                Fixtures.path("nonoffer/faq.html"), Optional.empty()));
    }

    @Test
    void unreadableFileIsADomainErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.html");
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> new PageExtraction(LEXICON).extract("https://x.example/", missing, Optional.empty()));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
        assertThrows(ExtractionException.class,
                () -> new PageExtraction(LEXICON).extract("not a url with spaces", Fixtures.path("nonoffer/faq.html"), Optional.empty()));
    }

    @Test
    void substancesComeFromTheNameNotFromComparisonsInTheDescription() {
        OfferNormaliser n = new OfferNormaliser(LEXICON);
        Page page = new Page(SourceId.of("s"), URI.create("https://s.example/p"), Instant.EPOCH, 200, "text/html", new byte[0], Optional.empty());
        Offer named = n.normalise(page, new ExtractedOffer("3-CMC Crystals", "Stronger than 4-MMC, compare with 3-MMC.",
                List.of(), StockStatus.UNKNOWN, Optional.empty(), "test"));
        assertEquals(List.of("3-CMC"), named.substances());
        Offer unnamed = n.normalise(page, new ExtractedOffer("Blue Punisher", "Pills with 250mg MDMA; safer than PMA, stronger than 2C-B.",
                List.of(), StockStatus.UNKNOWN, Optional.empty(), "test"));
        assertEquals(List.of("MDMA"), unnamed.substances(), "only the first substance of a description counts");
    }
}
