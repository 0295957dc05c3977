package org.npswatch.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npswatch.config.WebshopConfig;
import org.npswatch.extract.PageExtraction;
import org.npswatch.fetch.CrawlProgress;
import org.npswatch.fetch.CrawlReport;
import org.npswatch.fetch.EvidenceArchive;
import org.npswatch.fetch.PageSink;
import org.npswatch.fetch.WebshopCrawler;
import org.npswatch.index.CrawlDiff;
import org.npswatch.index.OfferIndex;
import org.npswatch.model.Offer;
import org.npswatch.model.Page;
import org.npswatch.model.SourceKind;
import org.npswatch.store.RunLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of one webshop through the whole pipeline: crawl (archiving every response), extract
 * and normalise the offers of every page, then record them in the index in one commit. Pages the
 * shop did not change are read again from the archive, so their offers still count as seen and
 * their evidence is the archived bytes.
 */
final class WebshopMonitor {
    /** What a crawl did and changed. */
    record Outcome(CrawlReport report, CrawlDiff diff, int offers, List<String> unknownCandidates) {}

    private static final Logger LOG = LoggerFactory.getLogger(WebshopMonitor.class);

    private final Path dataDir;
    private final PageExtraction extraction;
    private final OfferIndex index;
    private final RunLog runLog;
    private final EvidenceArchive archive;
    private final WebshopCrawler crawler = new WebshopCrawler();

    WebshopMonitor(Path dataDir, PageExtraction extraction, OfferIndex index, RunLog runLog) {
        this.dataDir = dataDir;
        this.extraction = extraction;
        this.index = index;
        this.runLog = runLog;
        this.archive = new EvidenceArchive(dataDir);
    }

    /**
     * Crawls {@code shop} now and records what it offers.
     *
     * @param seenAt the time the observations are recorded under: now, or the simulated week's
     *     time in the demo and in replays
     */
    Outcome crawl(WebshopConfig shop, Instant seenAt, CrawlProgress progress) {
        Map<String, Offer> offers = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        PageSink sink = new PageSink() {
            @Override
            public void accept(Page page) {
                collect(shop, page, offers, evidence);
            }

            @Override
            public void unchanged(URI url, String warcRecordId) {
                archive.read(warcRecordId).ifPresentOrElse(
                        r -> collect(shop, r.toPage(shop.id()), offers, evidence),
                        () -> LOG.warn("{}: archived copy {} of unchanged page {} is missing", shop.id(), warcRecordId, url));
            }
        };
        CrawlReport report = crawler.crawl(shop, dataDir, sink, progress);
        // A stop request interrupts this thread; the crawl has ended, but the interrupt flag must
        // not reach the index's file channels (an interrupted FileChannel closes itself).
        boolean stopRequested = Thread.interrupted();
        boolean reached = report.pagesFetched() + report.pagesNotModified() > 0;
        CrawlDiff diff;
        if (reached) {
            // an incomplete crawl saw only part of the shop: the index marks nothing gone for it
            diff = index.recordCrawl(shop.id(), SourceKind.WEBSHOP, report.crawlId(), seenAt,
                    List.copyOf(offers.values()), evidence, report.complete());
        } else {
            diff = new CrawlDiff(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        runLog.append(new RunLog.Run(shop.id(), SourceKind.WEBSHOP, report.crawlId(), seenAt, reached,
                report.pagesFetched() + report.pagesNotModified(), offers.size()));
        if (stopRequested) {
            Thread.currentThread().interrupt();
        }
        List<String> unknown = offers.values().stream().flatMap(o -> o.unknownCandidates().stream()).distinct().sorted().toList();
        return new Outcome(report, diff, offers.size(), unknown);
    }

    private void collect(WebshopConfig shop, Page page, Map<String, Offer> offers, Map<String, String> evidence) {
        List<Offer> found;
        try {
            found = extraction.extract(page, shop.profile());
        } catch (RuntimeException e) {
            // one bad page never stops the crawl; it is logged with its URL and skipped
            LOG.warn("{}: cannot extract offers from {}: {}", shop.id(), page.url(), e.getMessage());
            return;
        }
        for (Offer o : found) {
            Offer previous = offers.get(o.listingKey());
            if (previous == null || o.isRicherThan(previous)) {
                offers.put(o.listingKey(), o);
                page.warcRecordId().ifPresent(id -> evidence.put(o.listingKey(), id));
            }
        }
    }
}
