package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code npswatch search} over an index holding the posts of the export fixture
 * (fetch/telegram-export/result.json: one week of a Dutch group, 1-7 March 2026).
 */
class SearchCommandTest {

    @TempDir
    static Path tmp;

    private static Path data;

    @BeforeAll
    static void importTheFixtureExport() {
        data = tmp.resolve("data");
        CliRun r = CliRun.in(data, tmp.resolve("config"), CliRun.WITH_KEY,
                "import", "--telegram-export", "src/test/resources/fetch/telegram-export/result.json");
        assertEquals(0, r.code(), r.toString());
    }

    private static CliRun search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        return CliRun.in(data, tmp.resolve("config"), Map.of(), all.toArray(String[]::new));
    }

    private static List<JsonNode> jsonl(CliRun r) {
        assertEquals(0, r.code(), r.toString());
        return r.jsonLines();
    }

    @Test
    void aStreetNameFindsTheSubstanceUnderEverySpelling() {
        List<JsonNode> keta = jsonl(search("--substance", "keta", "--format", "jsonl"));
        List<JsonNode> ketamine = jsonl(search("--substance", "Ketamine", "--format", "jsonl"));
        assertEquals(7, keta.size());
        assertEquals(keta, ketamine);
        for (JsonNode hit : keta) {
            assertTrue(hit.get("substances").toString().contains("\"ketamine\""), hit.toString());
        }
    }

    @Test
    void tableEndsWithTheHitCountAndFacets() {
        CliRun r = search("--substance", "keta", "--limit", "2");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.lines();
        assertTrue(lines.getFirst().matches("SOURCE +PRODUCT +SUBSTANCES +BEST PRICE +STOCK +LAST SEEN"), lines.getFirst());
        assertEquals(2, lines.stream().filter(l -> l.startsWith("pillen-poeder-nl ")).count(), r.out());
        assertTrue(lines.contains("2 of 7 hits"), r.out());
        assertTrue(lines.contains("sources: pillen-poeder-nl 7"), r.out());
    }

    @Test
    void csvHasAHeaderAndOneRecordPerHit() {
        CliRun r = search("--substance", "keta", "--format", "csv");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("type,source,key,product_or_text,url,substances,"), r.out());
        assertEquals(7, r.out().split("\npost,pillen-poeder-nl,", -1).length - 1, r.out());
    }

    @Test
    void sinceKeepsOnlyLaterPosts() {
        List<JsonNode> all = jsonl(search("--type", "post", "--format", "jsonl"));
        List<JsonNode> later = jsonl(search("--type", "post", "--since", "2026-03-05", "--format", "jsonl"));
        assertEquals(119, all.size());
        long expected = all.stream().filter(p -> p.get("posted_at").asText().compareTo("2026-03-05") >= 0).count();
        assertTrue(expected > 0 && expected < 119, "the fixture spans the day: " + expected);
        assertEquals(expected, later.size());
    }

    @Test
    void anUnknownSubstanceIsSearchedAsWrittenWithANote() {
        CliRun r = search("--substance", "flurbo");
        assertEquals(0, r.code(), r.toString());
        assertEquals("note: 'flurbo' is no substance the lexicon knows; searching for it as an unknown name\n", r.err());
        assertTrue(r.lines().contains("0 of 0 hits"), r.out());
    }

    @Test
    void aBadFormatIsAUsageError() {
        CliRun r = search("--format", "xml");
        assertEquals(2, r.code());
        assertEquals("npswatch: --format must be table, jsonl or csv, not 'xml'\n", r.err());
    }

    @Test
    void aBadSinceIsAUsageError() {
        CliRun r = search("--since", "last week");
        assertEquals(2, r.code());
        assertEquals("npswatch: --since must be a day like 2026-03-01 (YYYY-MM-DD), not 'last week'\n", r.err());
    }

    @Test
    void aBadTypeSourceOrLimitIsAUsageError() {
        assertEquals("npswatch: --type must be listing or post, not 'pages'\n", search("--type", "pages").err());
        assertTrue(search("--source", "Pillen NL").err().startsWith("npswatch: --source: source id 'Pillen NL' must be"));
        assertEquals("npswatch: --limit must be 0 or more, not -3\n", search("--limit", "-3").err());
    }

    @Test
    void anUnparsableQuerySaysWhereInOneLine() {
        CliRun r = search("keta AND (");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("npswatch: cannot parse search query 'keta AND (': Encountered \"<EOF>\" at line 1, column 10."),
                r.err());
    }

    @Test
    void noIndexYetSaysWhatToRunFirst() {
        Path empty = tmp.resolve("empty-data");
        CliRun r = CliRun.in(empty, tmp.resolve("config"), Map.of(), "search", "keta");
        assertEquals(2, r.code());
        assertEquals("npswatch: no index in " + empty + ": run ./npswatch demo or ./npswatch crawl first, or pass --data DIR\n", r.err());
    }
}
