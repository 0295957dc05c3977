package org.npswatch.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.Page;

/** Crawling the whole fixture shop: links, sitemaps, robots, scope, archive. */
class WebshopCrawlerTest {
    @TempDir
    Path data;

    final FixtureShop shop = new FixtureShop().serveAll();

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void crawlsTheWholeShopThroughLinksAndSitemaps() {
        var sink = new FixtureShop.RecordingSink();

        CrawlReport report = new WebshopCrawler().crawl(shop.config(), data, sink, CrawlProgress.NONE);

        assertEquals(FixtureShop.PAGES.keySet().stream().sorted().toList(), sink.paths());
        assertEquals(11, report.pagesFetched());
        assertEquals(0, report.pagesNotModified());
        assertTrue(report.complete());
        // Every page once; o-dsmt is linked from nowhere and came from the sitemap.
        FixtureShop.PAGES.keySet().forEach(p -> assertEquals(1, shop.requests(p), p));
        assertEquals(1, shop.requests("/robots.txt"));
        assertEquals(1, shop.requests("/sitemap_index.xml"));
        assertEquals(1, shop.requests("/sitemap-products.xml"));
        assertEquals(1, shop.requests("/sitemap-pages.xml"));
    }

    @Test
    void neverLeavesTheShopNorFetchesDisallowedSkippedOrFileUrls() {
        var sink = new FixtureShop.RecordingSink();

        CrawlReport report = new WebshopCrawler().crawl(shop.config(), data, sink, CrawlProgress.NONE);

        assertEquals(0, shop.requests("/account/"));
        assertEquals(0, shop.requests("/account/orders/"));
        assertEquals(2, report.pagesDisallowed()); // /account/ by link, /account/orders/ by sitemap
        assertEquals(0, shop.requests("/cart/"), "skip pattern");
        assertEquals(0, shop.requests("/cart/?add-to-cart=101"), "skip pattern");
        assertEquals(0, shop.requests("/img/logo.png"));
        assertEquals(0, shop.requests("/catalogus-2026.pdf"));
        assertEquals(0, shop.requests("/wp-content/themes/storefront/style.css"));
        assertEquals(0, shop.requests("/partner-landing"), "off-host redirect target");
        assertEquals(1, shop.requests("/go/partner"));
        assertEquals(1, shop.requests("/aanbieding/"));
        assertEquals(1, shop.requests("/download?file=7"));
        assertEquals(2, report.pagesSkipped()); // the PDF download and the off-host redirect
        // 11 pages + robots + 3 sitemaps + 2 redirects + 1 PDF: nothing else was asked for.
        assertEquals(18, shop.totalRequests());
        assertEquals(List.of(), report.failures());
    }

    @Test
    void sendsOnlyGetsWithTheConfiguredUserAgent() {
        new WebshopCrawler().crawl(shop.config(), data, new FixtureShop.RecordingSink(), CrawlProgress.NONE);

        for (ServeEvent e : shop.served()) {
            assertEquals("GET", e.getRequest().getMethod().getName(), e.getRequest().getUrl());
            assertEquals(FixtureShop.USER_AGENT, e.getRequest().getHeader("User-Agent"), e.getRequest().getUrl());
        }
    }

    @Test
    void archivesEveryDeliveredPageSoItsExactBytesCanBeReadBack() {
        var sink = new FixtureShop.RecordingSink();
        new WebshopCrawler().crawl(shop.config(), data, sink, CrawlProgress.NONE);
        EvidenceArchive archive = new EvidenceArchive(data);

        for (Page page : sink.pages) {
            String expected = shop.text(FixtureShop.PAGES.get(page.url().getPath()));
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), page.body(), page.url().toString());
            ArchivedResponse archived = archive.read(page.warcRecordId().orElseThrow()).orElseThrow();
            assertArrayEquals(page.body(), archived.body());
            assertEquals(page.url(), archived.url());
            assertEquals(200, archived.status());
            assertEquals("text/html; charset=utf-8", archived.contentType());
            assertEquals(page.fetchedAt().getEpochSecond(), archived.fetchedAt().getEpochSecond());
        }
        // A fresh archive object (another process) finds them through the index file.
        Page first = sink.pages.getFirst();
        assertArrayEquals(first.body(), new EvidenceArchive(data).read(first.warcRecordId().orElseThrow()).orElseThrow().body());
    }

    @Test
    void followsLinksOutOfMalformedHtml() {
        var sink = new FixtureShop.RecordingSink();

        new WebshopCrawler().crawl(shop.config(), data, sink, CrawlProgress.NONE);

        assertTrue(sink.paths().contains("/nieuws/"));
        assertTrue(sink.paths().contains("/nieuws/nieuwe-producten/"), "linked only from the malformed page");
        assertEquals(1, shop.requests("/nieuws/nieuwe-producten/"));
    }

    @Test
    void deliversAProductsJsonSeedButSkipsOtherNonHtmlResponses() {
        var sink = new FixtureShop.RecordingSink();

        new WebshopCrawler().crawl(shop.config(java.time.Duration.ofMillis(20), 100, FixtureShop.limits(2,
                java.time.Duration.ofSeconds(2)), "/products.json"), data, sink, CrawlProgress.NONE);

        Page json = sink.pages.stream().filter(p -> p.url().getPath().equals("/products.json")).findFirst().orElseThrow();
        assertTrue(json.isJson());
        assertEquals("application/json; charset=utf-8", json.contentType());
        assertTrue(json.text().startsWith("{\"products\":[{\"id\":7301"));
        assertTrue(sink.pages.stream().noneMatch(p -> p.url().getPath().equals("/download")));
        assertEquals(12, sink.pages.size());
    }
}
