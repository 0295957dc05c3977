package org.npswatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.npswatch.index.Market.tier;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.npswatch.index.SearchFormat.Format;
import org.npswatch.model.Intent;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.model.StockStatus;
import org.npswatch.model.SubstanceClass;
import org.npswatch.model.Unit;

class SearchFormatTest {
    private static final ListingRecord MMC = new ListingRecord(
            "chemshop-nl|https://chemshop.example.nl/product/3-mmc-crystal/|CS-3MMC", SourceId.of("chemshop-nl"),
            SourceKind.WEBSHOP, URI.create("https://chemshop.example.nl/product/3-mmc-crystal/"), "3-MMC Crystal",
            Optional.of("CS-3MMC"), List.of("3-MMC"), List.of(), List.of(SubstanceClass.CATHINONE),
            List.of(LegalStatus.OPIUM_ACT_LIST_II),
            List.of(tier("1", Unit.GRAM, "12.50", "EUR"), tier("10", Unit.GRAM, "80", "EUR")), StockStatus.IN_STOCK,
            Instant.parse("2026-03-02T06:00:00Z"), Instant.parse("2026-03-23T06:00:00Z"), Optional.empty(),
            "chemshop-nl-2026-W13", Optional.of("<urn:uuid:1>"));

    private static final ListingRecord LSD = new ListingRecord(
            "chemshop-nl|https://chemshop.example.nl/product/1p-lsd-150/|CS-1PLSD", SourceId.of("chemshop-nl"),
            SourceKind.WEBSHOP, URI.create("https://chemshop.example.nl/product/1p-lsd-150/"),
            "1P-LSD Blotter 150mcg, \"Hofmann\" edition with a very long product name indeed", Optional.empty(),
            List.of("1P-LSD"), List.of(), List.of(SubstanceClass.LYSERGAMIDE), List.of(LegalStatus.UNLISTED),
            List.of(tier("10", Unit.BLOTTER, "45", "EUR")), StockStatus.UNKNOWN,
            Instant.parse("2026-03-02T06:00:00Z"), Instant.parse("2026-03-02T06:00:00Z"),
            Optional.of(Instant.parse("2026-03-09T06:00:00Z")), "chemshop-nl-2026-W10", Optional.empty());

    private static final PostRecord POST = new PostRecord("amsterdam-deals/1041", SourceId.of("amsterdam-deals"),
            SourceKind.TELEGRAM_GROUP, "1041", Instant.parse("2026-03-03T21:14:00Z"),
            "❄️ coke 1g - 60\n💎 3MMC 5g - 40, bezorging 020", Intent.OFFER, List.of("Cocaine", "3-MMC"), List.of(),
            List.of(SubstanceClass.STIMULANT, SubstanceClass.CATHINONE),
            List.of(LegalStatus.OPIUM_ACT_LIST_I, LegalStatus.OPIUM_ACT_LIST_II),
            List.of(tier("1", Unit.GRAM, "60", "EUR"), tier("5", Unit.GRAM, "40", "EUR")), false, List.of("Amsterdam"),
            Optional.empty(), Optional.of("seller-7f3a"));

    private static final SearchResults RESULTS = new SearchResults(4, List.of(POST, LSD, MMC), new FacetCounts(
            List.of(new FacetCount("3-MMC", 2), new FacetCount("1P-LSD", 1), new FacetCount("Cocaine", 1)),
            List.of(new FacetCount("CATHINONE", 2), new FacetCount("LYSERGAMIDE", 1), new FacetCount("STIMULANT", 1)),
            List.of(new FacetCount("chemshop-nl", 2), new FacetCount("amsterdam-deals", 1)),
            List.of(new FacetCount("OPIUM_ACT_LIST_II", 2), new FacetCount("OPIUM_ACT_LIST_I", 1),
                    new FacetCount("UNLISTED", 1))));

    @Test
    void rendersAlignedTableWithFacetSummary() {
        assertEquals("""
                SOURCE           PRODUCT                                           SUBSTANCES      BEST PRICE     STOCK     LAST SEEN
                amsterdam-deals  [post] ❄️ coke 1g - 60 💎 3MMC 5g - 40, bezorgin…  Cocaine, 3-MMC  8.00 EUR/g     -         2026-03-03
                chemshop-nl      1P-LSD Blotter 150mcg, "Hofmann" edition with a…  1P-LSD          4.50 EUR/unit  gone      2026-03-02
                chemshop-nl      3-MMC Crystal                                     3-MMC           8.00 EUR/g     in stock  2026-03-23

                3 of 4 hits
                substances: 3-MMC 2, 1P-LSD 1, Cocaine 1
                classes: CATHINONE 2, LYSERGAMIDE 1, STIMULANT 1
                sources: chemshop-nl 2, amsterdam-deals 1
                legal status: OPIUM_ACT_LIST_II 2, OPIUM_ACT_LIST_I 1, UNLISTED 1
                """, SearchFormat.render(RESULTS, Format.TABLE));
    }

    @Test
    void rendersOneJsonObjectPerHit() {
        String[] lines = SearchFormat.render(RESULTS, Format.JSONL).split("\n");
        assertEquals(3, lines.length);
        assertEquals("{\"type\":\"post\",\"key\":\"amsterdam-deals/1041\",\"source\":\"amsterdam-deals\","
                + "\"source_kind\":\"TELEGRAM_GROUP\",\"message_id\":\"1041\",\"posted_at\":\"2026-03-03T21:14:00Z\","
                + "\"text\":\"❄️ coke 1g - 60\\n💎 3MMC 5g - 40, bezorging 020\",\"intent\":\"offer\","
                + "\"substances\":[\"Cocaine\",\"3-MMC\"],\"unknown_candidates\":[],\"classes\":[\"STIMULANT\",\"CATHINONE\"],"
                + "\"legal_status\":[\"OPIUM_ACT_LIST_I\",\"OPIUM_ACT_LIST_II\"],"
                + "\"tiers\":[{\"quantity\":1,\"unit\":\"g\",\"price\":60,\"currency\":\"EUR\"},"
                + "{\"quantity\":5,\"unit\":\"g\",\"price\":40,\"currency\":\"EUR\"}],"
                + "\"best_price_per_g\":{\"amount\":8,\"currency\":\"EUR\"},\"best_price_per_unit\":null,"
                + "\"trade_quantity\":false,\"delivery_areas\":[\"Amsterdam\"],\"duplicate_of\":null,\"author\":\"seller-7f3a\"}",
                lines[0]);
        assertEquals("{\"type\":\"listing\",\"key\":\"chemshop-nl|https://chemshop.example.nl/product/3-mmc-crystal/|CS-3MMC\","
                + "\"source\":\"chemshop-nl\",\"source_kind\":\"WEBSHOP\","
                + "\"url\":\"https://chemshop.example.nl/product/3-mmc-crystal/\",\"product\":\"3-MMC Crystal\","
                + "\"sku\":\"CS-3MMC\",\"substances\":[\"3-MMC\"],\"unknown_candidates\":[],\"classes\":[\"CATHINONE\"],"
                + "\"legal_status\":[\"OPIUM_ACT_LIST_II\"],"
                + "\"tiers\":[{\"quantity\":1,\"unit\":\"g\",\"price\":12.5,\"currency\":\"EUR\"},"
                + "{\"quantity\":10,\"unit\":\"g\",\"price\":80,\"currency\":\"EUR\"}],"
                + "\"best_price_per_g\":{\"amount\":8,\"currency\":\"EUR\"},\"best_price_per_ml\":null,"
                + "\"best_price_per_unit\":null,\"stock\":\"IN_STOCK\",\"in_stock\":true,"
                + "\"first_seen\":\"2026-03-02T06:00:00Z\",\"last_seen\":\"2026-03-23T06:00:00Z\",\"gone_at\":null,"
                + "\"evidence\":\"<urn:uuid:1>\"}", lines[2]);
    }

    @Test
    void rendersRfc4180Csv() {
        String csv = SearchFormat.render(RESULTS, Format.CSV);
        assertEquals(List.of(
                        "type,source,key,product_or_text,url,substances,unknown_candidates,classes,legal_status,"
                                + "best_price_per_g,best_price_per_ml,best_price_per_unit,currency,stock,first_seen,"
                                + "last_seen,gone_at,intent,duplicate_of,author",
                        "post,amsterdam-deals,amsterdam-deals/1041,\"❄️ coke 1g - 60\n💎 3MMC 5g - 40, bezorging 020\",,"
                                + "Cocaine; 3-MMC,,STIMULANT; CATHINONE,OPIUM_ACT_LIST_I; OPIUM_ACT_LIST_II,8,,,EUR,,"
                                + "2026-03-03T21:14:00Z,2026-03-03T21:14:00Z,,offer,,seller-7f3a",
                        "listing,chemshop-nl,chemshop-nl|https://chemshop.example.nl/product/1p-lsd-150/|CS-1PLSD,"
                                + "\"1P-LSD Blotter 150mcg, \"\"Hofmann\"\" edition with a very long product name indeed\","
                                + "https://chemshop.example.nl/product/1p-lsd-150/,1P-LSD,,LYSERGAMIDE,UNLISTED,,,4.5,EUR,"
                                + "UNKNOWN,2026-03-02T06:00:00Z,2026-03-02T06:00:00Z,2026-03-09T06:00:00Z,,,",
                        "listing,chemshop-nl,chemshop-nl|https://chemshop.example.nl/product/3-mmc-crystal/|CS-3MMC,"
                                + "3-MMC Crystal,https://chemshop.example.nl/product/3-mmc-crystal/,3-MMC,,CATHINONE,"
                                + "OPIUM_ACT_LIST_II,8,,,EUR,IN_STOCK,2026-03-02T06:00:00Z,2026-03-23T06:00:00Z,,,,",
                        ""),
                List.of(csv.split("\r\n", -1)));
    }

    @Test
    void parsesFormatNamesAndRejectsOthers() {
        assertEquals(Format.JSONL, Format.parse("jsonl"));
        assertEquals(Format.CSV, Format.parse(" CSV "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));
        assertEquals("unknown format 'xml'; one of table, jsonl, csv", e.getMessage());
    }
}
