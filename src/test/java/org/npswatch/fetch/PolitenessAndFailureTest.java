package org.npswatch.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.config.FetchLimits;

/** Politeness, robots Crawl-delay, 429/Retry-After, 5xx back-off, timeouts, size cap, redirects. */
class PolitenessAndFailureTest {
    @TempDir
    Path data;

    final FixtureShop shop = new FixtureShop().serveAll();

    @AfterEach
    void stop() {
        shop.close();
    }

    private CrawlReport crawl(Duration delay, FetchLimits limits, FixtureShop.RecordingSink sink) {
        return new WebshopCrawler().crawl(shop.config(delay, 100, limits), data, sink, CrawlProgress.NONE);
    }

    private static long millisBetween(ServeEvent a, ServeEvent b) {
        return b.getRequest().getLoggedDate().getTime() - a.getRequest().getLoggedDate().getTime();
    }

    @Test
    void keepsThePolitenessDelayBetweenAllRequests() {
        crawl(Duration.ofMillis(120), FixtureShop.limits(0, Duration.ofSeconds(2)), new FixtureShop.RecordingSink());

        List<ServeEvent> served = shop.served();
        assertEquals(18, served.size());
        for (int i = 1; i < served.size(); i++) {
            // Logged dates have millisecond resolution: allow the rounding of two timestamps.
            assertTrue(millisBetween(served.get(i - 1), served.get(i)) >= 119,
                    "gap before " + served.get(i).getRequest().getUrl() + ": " + millisBetween(served.get(i - 1), served.get(i)));
        }
    }

    @Test
    void robotsCrawlDelayWinsWhenLargerThanTheConfiguredDelay() {
        shop.stub("/robots.txt", FixtureShop.ok("text/plain", "User-agent: *\nCrawl-delay: 0.3\nDisallow: /category/\nDisallow: /nieuws/\nDisallow: /faq/\nDisallow: /product/\n"));
        shop.stub("/sitemap.xml", aResponse().withStatus(404));

        CrawlReport report = crawl(Duration.ofMillis(20), FixtureShop.limits(0, Duration.ofSeconds(2)), new FixtureShop.RecordingSink());

        List<ServeEvent> served = shop.served();
        // robots.txt, /sitemap.xml (guessed: robots names none), then the home page and its
        // allowed non-page links (two redirects and the PDF download).
        assertEquals(List.of("/robots.txt", "/sitemap.xml", "/"), served.subList(0, 3).stream().map(e -> e.getRequest().getUrl()).toList());
        for (int i = 1; i < served.size(); i++) {
            assertTrue(millisBetween(served.get(i - 1), served.get(i)) >= 299, "gap " + millisBetween(served.get(i - 1), served.get(i)));
        }
        assertEquals(1, report.pagesFetched());
        assertTrue(report.pagesDisallowed() >= 4);
    }

    @Test
    void waitsForRetryAfterOn429AndThenGetsThePage() {
        shop.server.stubFor(get(urlEqualTo("/product/3-mmc/")).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("calm"));
        shop.server.stubFor(get(urlEqualTo("/product/3-mmc/")).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(FixtureShop.ok("text/html; charset=utf-8", shop.text("product-3-mmc.html"))));
        var sink = new FixtureShop.RecordingSink();

        CrawlReport report = crawl(Duration.ofMillis(20), FixtureShop.limits(2, Duration.ofSeconds(2)), sink);

        List<ServeEvent> hits = shop.served().stream().filter(e -> e.getRequest().getUrl().equals("/product/3-mmc/")).toList();
        assertEquals(2, hits.size());
        assertTrue(millisBetween(hits.get(0), hits.get(1)) >= 999, "waited " + millisBetween(hits.get(0), hits.get(1)));
        assertTrue(sink.paths().contains("/product/3-mmc/"));
        assertEquals(11, report.pagesFetched());
        assertEquals(List.of(), report.failures());
    }

    @Test
    void retryAfterAsAnHttpDateIsHonouredToo() {
        // an HTTP date has whole seconds, and the crawl reaches /faq/ only after robots.txt, the
        // sitemaps and the home page: the retry must wait until that date, however long that is
        String in2s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(3));
        long retryAt = ZonedDateTime.parse(in2s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        shop.server.stubFor(get(urlEqualTo("/faq/")).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", in2s)).willSetStateTo("calm"));
        shop.server.stubFor(get(urlEqualTo("/faq/")).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(FixtureShop.ok("text/html", shop.text("faq.html"))));

        CrawlReport report = crawl(Duration.ofMillis(20), FixtureShop.limits(1, Duration.ofSeconds(2)), new FixtureShop.RecordingSink());

        List<ServeEvent> hits = shop.served().stream().filter(e -> e.getRequest().getUrl().equals("/faq/")).toList();
        assertEquals(2, hits.size());
        long second = hits.get(1).getRequest().getLoggedDate().getTime();
        assertTrue(second >= retryAt, "retried " + (retryAt - second) + " ms before the Retry-After date");
        assertEquals(11, report.pagesFetched());
    }

    @Test
    void aRetryAfterLongerThanTheLimitStopsTheHostForThisRun() {
        shop.stub("/category/research-chemicals/", aResponse().withStatus(429).withHeader("Retry-After", "3600"));

        CrawlReport report = crawl(Duration.ofMillis(20), FixtureShop.limits(3, Duration.ofSeconds(2)), new FixtureShop.RecordingSink());

        assertEquals(1, shop.requests("/category/research-chemicals/"), "no retry when the wait is too long");
        assertFalse(report.complete());
        assertTrue(report.stopReason().orElseThrow().contains("Retry-After of 3600 s exceeds maxRetryAfter of 5 s"),
                report.stopReason().toString());
        FetchFailure failure = report.failures().getFirst();
        assertEquals(shop.url("/category/research-chemicals/"), failure.url());
        assertEquals(429, failure.status());
        // Nothing was requested after the host said to go away.
        assertEquals("/category/research-chemicals/", shop.served().getLast().getRequest().getUrl());
    }

    @Test
    void backsOffOnServerErrorsThenCountsThePageFailedAndCrawlsOn() {
        shop.stub("/product/2-fdck/", aResponse().withStatus(503).withBody("<html><body>Service Unavailable</body></html>"));

        CrawlReport report = crawl(Duration.ofMillis(50), FixtureShop.limits(3, Duration.ofSeconds(2)), new FixtureShop.RecordingSink());

        List<ServeEvent> hits = shop.served().stream().filter(e -> e.getRequest().getUrl().equals("/product/2-fdck/")).toList();
        assertEquals(4, hits.size(), "one try and three retries");
        // Exponential back-off from the politeness delay: 50, 100, 200 ms.
        assertTrue(millisBetween(hits.get(0), hits.get(1)) >= 49);
        assertTrue(millisBetween(hits.get(1), hits.get(2)) >= 99);
        assertTrue(millisBetween(hits.get(2), hits.get(3)) >= 199);
        assertEquals(List.of(new FetchFailure(shop.url("/product/2-fdck/"), 503, "HTTP 503 after 3 retries")), report.failures());
        assertEquals(10, report.pagesFetched(), "every other page still fetched");
        assertTrue(report.complete());
    }

    @Test
    void recoversWhenAServerErrorPassesWithinTheRetries() {
        shop.server.stubFor(get(urlEqualTo("/faq/")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        shop.server.stubFor(get(urlEqualTo("/faq/")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(FixtureShop.ok("text/html", shop.text("faq.html"))));
        var sink = new FixtureShop.RecordingSink();

        CrawlReport report = crawl(Duration.ofMillis(20), FixtureShop.limits(2, Duration.ofSeconds(2)), sink);

        assertEquals(2, shop.requests("/faq/"));
        assertTrue(sink.paths().contains("/faq/"));
        assertEquals(List.of(), report.failures());
    }

    @Test
    void timesOutASlowPageAndCrawlsOn() {
        shop.stub("/product/4-ho-met/", FixtureShop.ok("text/html", shop.text("product-4-ho-met.html")).withFixedDelay(1500));

        CrawlReport report = crawl(Duration.ofMillis(20), FixtureShop.limits(2, Duration.ofMillis(300)), new FixtureShop.RecordingSink());

        assertEquals(1, shop.requests("/product/4-ho-met/"), "timeouts are not retried");
        assertEquals(1, report.failures().size());
        FetchFailure failure = report.failures().getFirst();
        assertEquals(shop.url("/product/4-ho-met/"), failure.url());
        assertEquals(-1, failure.status());
        assertTrue(failure.reason().startsWith("timed out"), failure.reason());
        assertEquals(10, report.pagesFetched());
    }

    @Test
    void refusesPagesLargerThanMaxPageBytes() {
        String huge = "<html><body>" + "<p>3-MMC 1g 12,50</p>".repeat(20_000) + "</body></html>";
        shop.stub("/product/hhc-vape/", FixtureShop.ok("text/html", huge));
        shop.stub("/product/o-dsmt/", FixtureShop.ok("text/html", huge).withChunkedDribbleDelay(4, 40));
        var sink = new FixtureShop.RecordingSink();

        CrawlReport report = crawl(Duration.ofMillis(20), FixtureShop.limits(0, Duration.ofSeconds(2)), sink);

        assertFalse(sink.paths().contains("/product/hhc-vape/"));
        assertFalse(sink.paths().contains("/product/o-dsmt/"));
        assertEquals(2, report.failures().size());
        for (FetchFailure f : report.failures()) {
            assertTrue(f.reason().contains("exceeds maxPageBytes of 262144"), f.reason());
        }
        assertTrue(report.bytes() < 2 * 256 * 1024, "oversized bodies are not downloaded whole: " + report.bytes());
    }

    @Test
    void endsRedirectLoopsAndOverlongRedirectChains() {
        shop.stub("/loop-a/", aResponse().withStatus(302).withHeader("Location", "/loop-b/"));
        shop.stub("/loop-b/", aResponse().withStatus(302).withHeader("Location", "/loop-a/"));
        for (int i = 1; i <= 20; i++) {
            shop.stub("/hop/" + i + "/", aResponse().withStatus(301).withHeader("Location", "/hop/" + (i + 1) + "/"));
        }
        var config = shop.config(Duration.ofMillis(10), 100, FixtureShop.limits(0, Duration.ofSeconds(2)), "/loop-a/", "/hop/1/");

        CrawlReport report = new WebshopCrawler().crawl(config, data, new FixtureShop.RecordingSink(), CrawlProgress.NONE);

        assertEquals(1, shop.requests("/loop-a/"));
        assertEquals(1, shop.requests("/loop-b/"));
        assertEquals(1, shop.requests("/hop/6/"));
        assertEquals(0, shop.requests("/hop/7/"));
        assertEquals(List.of(new FetchFailure(shop.url("/hop/6/"), 301, "more than 5 redirects in a row")), report.failures());
        assertTrue(report.complete());
    }
}
