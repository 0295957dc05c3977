package org.npswatch.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.Page;

/** Second crawls: unchanged pages skipped, changed ones passed; stopped crawls resumed. */
class RecrawlAndResumeTest {
    @TempDir
    Path data;

    final FixtureShop shop = new FixtureShop().serveAll();

    @AfterEach
    void stop() {
        shop.close();
    }

    private CrawlReport crawl(int maxPages, PageSink sink) {
        return new WebshopCrawler().crawl(shop.config(Duration.ofMillis(10), maxPages,
                FixtureShop.limits(0, Duration.ofSeconds(2))), data, sink, CrawlProgress.NONE);
    }

    @Test
    void skipsPagesWhoseBytesDidNotChangeAndPassesChangedOnes() {
        var first = new FixtureShop.RecordingSink();
        crawl(100, first);
        shop.stub("/product/3-mmc/", FixtureShop.ok("text/html; charset=utf-8",
                shop.text("product-3-mmc.html").replace("12.50", "11.00").replace("12,50", "11,00")));
        var second = new FixtureShop.RecordingSink();

        CrawlReport report = crawl(100, second);

        assertEquals(List.of("/product/3-mmc/"), second.paths());
        assertEquals(1, report.pagesFetched());
        assertEquals(10, report.pagesNotModified());
        assertEquals(10, second.unchanged.size());
        assertTrue(second.pages.getFirst().text().contains("\"price\":\"11.00\""));
        // An unchanged page's evidence stays the first capture of its bytes.
        Page faq = first.pages.stream().filter(p -> p.url().getPath().equals("/faq/")).findFirst().orElseThrow();
        PageState state = CrawlState.load(data, FixtureShop.SOURCE).get(shop.url("/faq/")).orElseThrow();
        assertEquals(faq.warcRecordId().orElseThrow(), state.warcRecordId());
        assertEquals(faq.fetchedAt(), state.fetchedAt());
    }

    @Test
    void sendsConditionalRequestsAndFollowsLinksOfPagesAnswered304() {
        // Home page with an ETag: the second crawl gets 304 for it and must still reach its links.
        shop.stub("/", FixtureShop.ok("text/html; charset=utf-8", shop.text("index.html"))
                .withHeader("ETag", "\"home-v1\"").withHeader("Last-Modified", "Fri, 20 Nov 2026 10:00:00 GMT"));
        crawl(100, new FixtureShop.RecordingSink());
        shop.server.stubFor(get(urlEqualTo("/")).withHeader("If-None-Match", equalTo("\"home-v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"home-v1\"")));
        shop.server.resetRequests();
        var second = new FixtureShop.RecordingSink();

        CrawlReport report = crawl(100, second);

        assertEquals(1, shop.server.findAll(getRequestedFor(urlEqualTo("/"))
                .withHeader("If-None-Match", equalTo("\"home-v1\""))
                .withHeader("If-Modified-Since", equalTo("Fri, 20 Nov 2026 10:00:00 GMT"))).size());
        assertEquals(List.of(), second.paths());
        assertEquals(11, report.pagesNotModified());
        assertTrue(second.unchanged.contains(shop.url("/")));
        // Reached only through the home page's links (not in any sitemap):
        assertEquals(1, shop.requests("/category/research-chemicals/page/2/"));
        assertEquals(1, shop.requests("/nieuws/nieuwe-producten/"));
    }

    @Test
    void aCrawlStoppedAtMaxPagesIsResumedByTheNextWithoutRepeatingPages() {
        var first = new FixtureShop.RecordingSink();
        CrawlReport stopped = crawl(4, first);
        assertFalse(stopped.complete());
        assertEquals("reached maxPages 4", stopped.stopReason().orElseThrow());
        assertTrue(Files.exists(data.resolve("frontier/kruidenshop")), "frontier kept for resuming");
        int requestedFirst = shop.totalRequests() - 4; // robots.txt and three sitemaps

        var second = new FixtureShop.RecordingSink();
        CrawlReport resumed = crawl(100, second);

        assertTrue(resumed.complete());
        assertFalse(Files.exists(data.resolve("frontier/kruidenshop")), "finished frontier deleted");
        assertEquals(4, requestedFirst);
        Set<String> all = new HashSet<>(first.paths());
        second.paths().forEach(p -> assertTrue(all.add(p), "delivered twice: " + p));
        assertEquals(FixtureShop.PAGES.keySet(), all);
        FixtureShop.PAGES.keySet().forEach(p -> assertEquals(1, shop.requests(p), "requested once over both crawls: " + p));
        assertEquals(2, shop.requests("/robots.txt"));
        assertEquals(1, shop.requests("/sitemap_index.xml"), "a resumed crawl does not read the sitemaps again");
    }

    @Test
    void anInterruptedCrawlStopsCleanlyKeepsItsArchiveReadableAndIsResumed() throws Exception {
        List<Page> firstPages = new ArrayList<>();
        CountDownLatch twoPages = new CountDownLatch(2);
        AtomicReference<CrawlReport> stopped = new AtomicReference<>();
        Thread crawler = new Thread(() -> stopped.set(new WebshopCrawler().crawl(
                shop.config(Duration.ofMillis(150), 100, FixtureShop.limits(0, Duration.ofSeconds(2))), data,
                page -> {
                    firstPages.add(page);
                    twoPages.countDown();
                }, CrawlProgress.NONE)));
        crawler.start();
        assertTrue(twoPages.await(20, TimeUnit.SECONDS));
        crawler.interrupt();
        crawler.join(10_000);

        CrawlReport report = stopped.get();
        assertFalse(report.complete());
        assertEquals("interrupted", report.stopReason().orElseThrow());
        assertTrue(report.pagesFetched() < 11);
        EvidenceArchive archive = new EvidenceArchive(data);
        for (Page p : firstPages) {
            assertEquals(p.url(), archive.read(p.warcRecordId().orElseThrow()).orElseThrow().url());
        }

        var second = new FixtureShop.RecordingSink();
        assertTrue(crawl(100, second).complete());
        Set<String> all = new HashSet<>();
        firstPages.forEach(p -> all.add(p.url().getPath()));
        second.paths().forEach(p -> assertTrue(all.add(p), "delivered twice: " + p));
        assertEquals(FixtureShop.PAGES.keySet(), all);
        FixtureShop.PAGES.keySet().forEach(p -> assertEquals(1, shop.requests(p), "requested once over both crawls: " + p));
        try (Stream<Path> files = Files.list(archive.folder(FixtureShop.SOURCE))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".warc.gz")).count(), "one WARC file per crawl");
        }
    }
}
