package org.npswatch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.config.WebshopConfig;
import org.npswatch.fetch.CrawlProgress;
import org.npswatch.fetch.CrawlReport;
import org.npswatch.fetch.PageSink;
import org.npswatch.fetch.WebshopCrawler;
import org.npswatch.market.MarketClock;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.model.Page;
import org.npswatch.model.SourceId;

/**
 * The pages of the simulated market over several weeks, fetched once over HTTP by the real
 * crawler and then held in memory, so that the timed phases read the same bytes from memory and
 * measure processing, not the network. Each week is crawled into a fresh data directory, so every
 * page arrives whole (no 304s) as on a first crawl.
 *
 * @param crawls one entry per shop and week, in crawl order (week by week, shop by shop)
 * @param crawlNanos wall time of all crawls, for the informational crawl rate
 */
public record ShopCorpus(List<ShopCrawl> crawls, long crawlNanos, long bytesFetched) {
    /** One crawl of one shop in one simulated week, with the pages it delivered. */
    public record ShopCrawl(SourceId shop, Optional<ExtractionProfile> profile, int week, Instant seenAt,
            CrawlReport report, List<Page> pages) {}

    public ShopCorpus {
        crawls = List.copyOf(crawls);
    }

    /** Starts the market with {@code seed}, crawls it for {@code weeks} weeks and stops it. */
    public static ShopCorpus crawl(long seed, int weeks, Path workDir) {
        List<ShopCrawl> crawls = new ArrayList<>();
        WebshopCrawler crawler = new WebshopCrawler();
        long nanos = 0;
        long bytes = 0;
        try (SimulatedMarket market = SimulatedMarket.start(seed)) {
            for (int w = 0; w < weeks; w++) {
                if (w > 0) {
                    market.advanceWeek();
                }
                Path weekDir = workDir.resolve("crawl-week-" + w);
                Instant seenAt = MarketClock.STANDARD.publishedAt(w).plus(Duration.ofHours(3));
                for (WebshopConfig shop : market.webshopConfigs(weekDir.resolve("sources"))) {
                    List<Page> pages = new ArrayList<>();
                    long start = System.nanoTime();
                    CrawlReport report = crawler.crawl(shop, weekDir, (PageSink) pages::add, CrawlProgress.NONE);
                    nanos += System.nanoTime() - start;
                    bytes += report.bytes();
                    crawls.add(new ShopCrawl(shop.id(), shop.profile(), w, seenAt, report, List.copyOf(pages)));
                }
            }
        }
        return new ShopCorpus(crawls, nanos, bytes);
    }

    public int pages() {
        return crawls.stream().mapToInt(c -> c.pages().size()).sum();
    }

    public long pageBytes() {
        return crawls.stream().flatMap(c -> c.pages().stream()).mapToLong(p -> p.body().length).sum();
    }

    /** Requests the crawler made (fetched, 304, failed), robots and sitemaps excluded. */
    public int pagesRequested() {
        return crawls.stream().mapToInt(c -> c.report().pagesFetched() + c.report().pagesNotModified()
                + c.report().pagesFailed()).sum();
    }

    public long jsonPages() {
        return crawls.stream().flatMap(c -> c.pages().stream()).filter(Page::isJson).count();
    }
}
