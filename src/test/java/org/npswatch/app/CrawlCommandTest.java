package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.market.SimulatedShop;
import org.npswatch.model.SourceId;

/**
 * {@code npswatch crawl} against one shop of the simulated market on loopback (the Shopify-style
 * "labpulse", whose products.json lists every product), configured as an operator would in a
 * YAML file. Following only the seeds (two pages) keeps a complete crawl fast under the 1 s
 * politeness floor.
 */
class CrawlCommandTest {
    private static final SourceId SHOP = SourceId.of("labpulse");
    private static SimulatedMarket market;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startMarket() {
        market = SimulatedMarket.start(42);
    }

    @AfterAll
    static void stopMarket() {
        market.close();
    }

    private Path config() throws IOException {
        URI base = market.shops().stream().filter(s -> s.id().equals(SHOP)).map(SimulatedShop::baseUri).findFirst().orElseThrow();
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.writeString(config.resolve("labpulse.yaml"), """
                id: labpulse
                kind: webshop
                seeds:
                  - %1$s
                  - %1$sproducts.json
                follow:
                  - '%2$s'
                max_pages: 10
                politeness_delay: 1s
                schedule: "0 0 6 ? * MON"
                user_agent: "npswatch/0.1 (test; +https://npswatch.example/about)"
                """.formatted(base, Pattern.quote(base + "products.json")));
        return config;
    }

    private CliRun crawl(Path config, String... more) {
        return CliRun.in(tmp.resolve("data"), config, Map.of(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of("crawl"), java.util.stream.Stream.of(more)).toArray(String[]::new));
    }

    private int listingsInIndex(Path config) {
        CliRun r = CliRun.in(tmp.resolve("data"), config, Map.of(), "search", "--type", "listing", "--format", "jsonl");
        assertEquals(0, r.code(), r.toString());
        long distinct = r.jsonLines().stream().map(n -> n.get("key").asText()).distinct().count();
        assertEquals(r.lines().size(), distinct, "one document per listing");
        return r.lines().size();
    }

    @Test
    void crawlsOneShopThenFindsItsPagesUnchangedWithoutDuplicatingListings() throws IOException {
        Path config = config();
        CliRun first = crawl(config, "--source", "labpulse");
        assertEquals(0, first.code(), first.toString());
        Matcher m = Pattern.compile("labpulse: pages 2 fetched, 0 unchanged, 0 failed, \\d+ disallowed \\| offers (\\d+): (\\d+) new, 0 changed, 0 gone\n")
                .matcher(first.out());
        assertTrue(m.matches(), first.out());
        int offers = Integer.parseInt(m.group(1));
        assertTrue(offers > 5, first.out());
        assertEquals(offers, Integer.parseInt(m.group(2)), "every offer is new on the first crawl");
        assertTrue(first.err().startsWith("labpulse: crawling http://127.0.0.1:"), first.err());
        assertEquals(offers, listingsInIndex(config));

        CliRun second = crawl(config, "--source", "labpulse");
        assertEquals(0, second.code(), second.toString());
        assertTrue(second.out().matches("labpulse: pages 0 fetched, 2 unchanged, 0 failed, \\d+ disallowed \\| offers " + offers
                + ": 0 new, 0 changed, 0 gone\n"), second.out());
        assertEquals(offers, listingsInIndex(config));
        List<String> requests = market.requests(SHOP);
        assertTrue(requests.contains("GET /products.json"), requests.toString());
    }

    @Test
    void anUnknownSourceIdListsTheKnownOnes() throws IOException {
        CliRun r = crawl(config(), "--source", "chemvault");
        assertEquals(2, r.code());
        assertEquals("npswatch: no source 'chemvault' in " + tmp.resolve("config") + "; known: labpulse\n", r.err());
        assertTrue(Files.notExists(tmp.resolve("data")), "nothing is opened for a wrong id");
    }

    @Test
    void anInvalidSourceIdIsAUsageError() throws IOException {
        CliRun r = crawl(config(), "--source", "Lab Pulse");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("npswatch: --source: source id 'Lab Pulse' must be"), r.err());
    }

    @Test
    void aFolderWithoutSourcesSaysWhatToCopy() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty-config"));
        CliRun r = crawl(empty);
        assertEquals(2, r.code());
        assertEquals("npswatch: no sources in " + empty + " (copy one of crawl-config/examples/ there)\n", r.err());
    }

    @Test
    void aBadSourceFileIsSkippedAndReported() throws IOException {
        Path config = config();
        Files.writeString(config.resolve("fast.yaml"), """
                id: fast-shop
                kind: webshop
                seeds:
                  - http://127.0.0.1:9/
                politeness_delay: 200ms
                """);
        CliRun r = crawl(config, "--source", "nope");
        assertEquals(2, r.code());
        assertEquals("""
                skipping bad source file: %s:5: politeness_delay: must be at least 1s, got 200ms
                npswatch: no source 'nope' in %s; known: labpulse; 1 bad file(s) listed above may hold it
                """.formatted(config.resolve("fast.yaml"), config), r.err());
    }

    @Test
    void aTdlibSourceIsLeftToTheService() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("tg-config"));
        Files.writeString(config.resolve("tg.yaml"), """
                id: tg-menu
                kind: telegram_channel
                username: example_menu_channel
                via: tdlib
                politeness_delay: 5s
                schedule: "0 0 */6 * * ?"
                """);
        CliRun one = crawl(config, "--source", "tg-menu");
        assertEquals(2, one.code(), one.toString());
        assertEquals("npswatch: tg-menu is read through TDLib, by ./npswatch run after ./npswatch telegram login, not by crawl\n",
                one.err());
        CliRun all = crawl(config);
        assertEquals(0, all.code(), all.toString());
        assertEquals("tg-menu: skipped: TDLib sources are read by ./npswatch run\n", all.err());
        assertEquals("0 source(s) crawled, 0 failed, 1 TDLib source(s) left to ./npswatch run\n", all.out());
    }
}
