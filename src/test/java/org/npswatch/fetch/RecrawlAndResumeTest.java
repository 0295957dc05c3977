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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
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
        // The interrupt comes right after the second page, wherever the crawl happens to be.
        Interrupted first = interruptedCrawl(Duration.ofMillis(150), () -> { });

        assertFirstCrawlStoppedCleanly(first);
        assertSecondCrawlPassesEveryOtherPageOnce(first);
    }

    @Test
    void aCrawlInterruptedWhileWaitingForItsTurnKeepsTheWaitingPageForTheNextCrawl() throws Exception {
        // The interrupt comes while the next URL, already taken from the frontier, waits out the
        // politeness delay. That URL was never requested: it must be fetched by the next crawl,
        // not marked processed and lost (the cause of a flaky failure on a loaded machine).
        Interrupted first = interruptedCrawl(Duration.ofMillis(400), RecrawlAndResumeTest::awaitCrawlWaitingForItsTurn);

        assertFirstCrawlStoppedCleanly(first);
        int pageRequests = FixtureShop.PAGES.keySet().stream().mapToInt(shop::requests).sum();
        assertEquals(first.pages().size(), pageRequests, "the waiting page was not requested by the stopped crawl");
        assertSecondCrawlPassesEveryOtherPageOnce(first);
    }

    @Test
    void aCrawlInterruptedWhileReadingSitemapsIsStartedAfreshByTheNext() throws Exception {
        // A frontier without all the sitemaps' URLs must not be resumed: a resumed crawl does not
        // read the sitemaps again, so pages only they list would be missed.
        shop.stub("/sitemap_index.xml", FixtureShop.ok("application/xml", shop.text("sitemap_index.xml"))
                .withFixedDelay(1_000));
        var first = new FixtureShop.RecordingSink();
        AtomicReference<CrawlReport> stopped = new AtomicReference<>();
        Thread crawler = new Thread(() -> stopped.set(crawl(100, first)));
        crawler.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (shop.requests("/sitemap_index.xml") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        crawler.interrupt(); // while the sitemap index is in flight
        crawler.join(10_000);

        assertFalse(stopped.get().complete());
        assertEquals("interrupted", stopped.get().stopReason().orElseThrow());
        assertEquals(List.of(), first.pages);
        assertEquals(0, shop.requests("/sitemap-products.xml"), "stopped before the next sitemap");
        assertFalse(Files.exists(data.resolve("frontier/kruidenshop")), "half-scheduled frontier discarded");

        var second = new FixtureShop.RecordingSink();
        assertTrue(crawl(100, second).complete());
        assertEquals(new TreeSet<>(FixtureShop.PAGES.keySet()), new TreeSet<>(second.paths()));
        assertEquals(FixtureShop.PAGES.size(), second.pages.size(), "each page passed once");
        assertEquals(2, shop.requests("/sitemap_index.xml"));
    }

    private record Interrupted(List<Page> pages, CrawlReport report) {}

    /**
     * Runs a crawl on its own thread and interrupts that thread once two pages reached the sink
     * and {@code beforeInterrupt} returned.
     */
    private Interrupted interruptedCrawl(Duration delay, Runnable beforeInterrupt) throws InterruptedException {
        List<Page> pages = new CopyOnWriteArrayList<>();
        CountDownLatch twoPages = new CountDownLatch(2);
        AtomicReference<CrawlReport> stopped = new AtomicReference<>();
        Thread crawler = new Thread(() -> stopped.set(new WebshopCrawler().crawl(
                shop.config(delay, 100, FixtureShop.limits(0, Duration.ofSeconds(2))), data,
                page -> {
                    pages.add(page);
                    twoPages.countDown();
                }, CrawlProgress.NONE)));
        crawler.start();
        assertTrue(twoPages.await(20, TimeUnit.SECONDS));
        beforeInterrupt.run();
        crawler.interrupt();
        crawler.join(10_000);
        assertFalse(crawler.isAlive(), "the interrupted crawl returned");
        return new Interrupted(List.copyOf(pages), stopped.get());
    }

    /** Waits until the crawl's worker thread sleeps in the politeness gate before a request. */
    private static void awaitCrawlWaitingForItsTurn() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
                if (t.getKey().getName().startsWith("crawl-") && t.getKey().getName().contains("kruidenshop")
                        && Stream.of(t.getValue()).anyMatch(f -> f.getClassName().equals(PolitenessGate.class.getName())
                                && f.getMethodName().equals("awaitTurn"))
                        && Stream.of(t.getValue()).anyMatch(f -> f.getClassName().equals(ShopPageFetcher.class.getName()))) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the crawl never waited for its turn before a page request");
    }

    private void assertFirstCrawlStoppedCleanly(Interrupted first) {
        CrawlReport report = first.report();
        assertFalse(report.complete());
        assertEquals("interrupted", report.stopReason().orElseThrow());
        assertEquals(first.pages().size(), report.pagesFetched());
        assertTrue(report.pagesFetched() < 11);
        assertEquals(List.of(), report.failures(), "being stopped is not a failure of the page in flight");
        EvidenceArchive archive = new EvidenceArchive(data);
        for (Page p : first.pages()) {
            assertEquals(p.url(), archive.read(p.warcRecordId().orElseThrow()).orElseThrow().url());
        }
    }

    /**
     * What matters over both crawls: every page reaches the sink, none twice (the order of pages
     * is not part of the contract, so they are compared as sets), and none is requested twice.
     */
    private void assertSecondCrawlPassesEveryOtherPageOnce(Interrupted first) throws Exception {
        var second = new FixtureShop.RecordingSink();
        assertTrue(crawl(100, second).complete());
        Set<String> all = new TreeSet<>();
        first.pages().forEach(p -> assertTrue(all.add(p.url().getPath()), "delivered twice by the first crawl: " + p.url()));
        second.paths().forEach(p -> assertTrue(all.add(p), "delivered twice: " + p));
        assertEquals(new TreeSet<>(FixtureShop.PAGES.keySet()), all);
        assertEquals(List.of(), second.unchanged, "the second crawl revisits no page the first one finished");
        FixtureShop.PAGES.keySet().forEach(p -> assertEquals(1, shop.requests(p), "requested once over both crawls: " + p));
        try (Stream<Path> files = Files.list(new EvidenceArchive(data).folder(FixtureShop.SOURCE))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".warc.gz")).count(), "one WARC file per crawl");
        }
    }
}
