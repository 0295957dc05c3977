package org.npswatch.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierConfiguration;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.npswatch.config.WebshopConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one webshop now: robots.txt and sitemaps first, then crawler4j's crawl loop over the
 * HSQLDB frontier with {@link ShopPageFetcher} doing every request. Pages go to the evidence
 * archive and, when new or changed, to the sink.
 *
 * <p>Data under {@code dataDir}: {@code warc/<source>/} (archive), {@code state/<source>/}
 * (validators and hashes), {@code frontier/<source>/} (only while a crawl is unfinished).
 *
 * <p>A crawl that stops early (maxPages, a host that says go away, an interrupt) leaves its
 * frontier, and the next crawl of the same source resumes it.
 */
public final class WebshopCrawler {
    private static final Logger LOG = LoggerFactory.getLogger(WebshopCrawler.class);
    private static final DateTimeFormatter CRAWL_TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    /**
     * Crawls {@code shop} on the calling thread's behalf and returns when done. Interrupting the
     * calling thread stops the crawl after the request in flight; the report then says it is
     * incomplete, and the thread's interrupt flag is set again on return.
     *
     * @throws FetchException when the crawl cannot start (data directory, crawler4j set-up)
     * @throws ArchiveException when a page cannot be archived (the crawl stops: no evidence, no crawl)
     */
    public CrawlReport crawl(WebshopConfig shop, Path dataDir, PageSink sink, CrawlProgress progress) {
        Instant started = Instant.now();
        String crawlId = CRAWL_TIME.format(started) + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
        StopSignal stop = new StopSignal();
        PolitenessGate gate = new PolitenessGate(shop.politenessDelay(), stop);
        HttpFetcher http = new HttpFetcher(shop.userAgent(), shop.limits(), gate, stop);
        EvidenceArchive archive = new EvidenceArchive(dataDir);
        CrawlState state = CrawlState.load(dataDir, shop.id());
        FrontierStore frontier = new FrontierStore(dataDir.resolve("frontier").resolve(shop.id().value()).toAbsolutePath(),
                shop.seeds().getFirst());
        try (ArchiveWriter writer = archive.open(shop.id(), crawlId, LocalDate.ofInstant(started, ZoneOffset.UTC))) {
            CrawlRun run = new CrawlRun(shop, crawlId, http, stop, state, archive, writer, sink, progress);
            progress.started(shop.id(), shop.maxPages());
            CrawlReport report = runOnWorker(run, gate, frontier, started);
            progress.finished(report);
            LOG.info("{}", report.summary());
            return report;
        } finally {
            http.close();
        }
    }

    /**
     * Runs the crawl on its own thread, so that an interrupt of the caller becomes a stop signal:
     * an interrupt reaching the crawl thread itself would close HSQLDB's and the archive's files.
     */
    private CrawlReport runOnWorker(CrawlRun run, PolitenessGate gate, FrontierStore frontier, Instant started) {
        CrawlReport[] report = new CrawlReport[1];
        RuntimeException[] error = new RuntimeException[1];
        Thread worker = Thread.ofPlatform().name("crawl-" + run.shop.id()).unstarted(() -> {
            try {
                report[0] = crawlNow(run, gate, frontier, started);
            } catch (RuntimeException e) {
                error[0] = e;
            }
        });
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                run.stop.stop("interrupted");
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (error[0] != null) {
            throw error[0];
        }
        return report[0];
    }

    private CrawlReport crawlNow(CrawlRun run, PolitenessGate gate, FrontierStore frontier, Instant started) {
        URI seed = run.shop.seeds().getFirst();
        RobotsPolicy robots = RobotsPolicy.fetch(run.http, seed, run.shop.userAgent());
        robots.crawlDelay().ifPresent(gate::atLeast);
        if (robots.problem().isPresent()) {
            FetchFailure p = robots.problem().get();
            run.failed(p.url(), p.status(), p.reason());
            run.stop.stop(p.reason());
            return finish(run, frontier, started, false);
        }
        boolean resuming = frontier.hasUnfinishedCrawl();
        if (resuming) {
            frontier.requeueUnfinished();
        }
        CrawlConfig config = crawlConfig(run.shop, frontier.folder());
        HSQLDBFrontierConfiguration frontierConfig = new HSQLDBFrontierConfiguration(config, 1);
        boolean complete;
        boolean halfScheduled;
        try {
            CrawlController controller = controller(run, config, robots, frontierConfig);
            scheduleSeeds(run, controller, robots, resuming);
            halfScheduled = !resuming && run.stop.isStopped();
            if (!halfScheduled) {
                ShopWebCrawler crawler = new ShopWebCrawler(run);
                crawler.init(1, controller);
                crawler.run();
            }
            complete = !run.stop.isStopped() && controller.getFrontier().getQueueLength() == 0;
        } finally {
            frontierConfig.close();
        }
        if (halfScheduled) {
            return discard(run, frontier, started);
        }
        return finish(run, frontier, started, complete);
    }

    /**
     * Ends a new crawl stopped while its seeds and sitemaps were being scheduled. Its frontier
     * may lack URLs only the unread sitemaps list, and a resumed crawl does not read sitemaps
     * again, so resuming it would miss them: it is deleted, and the next crawl starts afresh. No
     * page was fetched yet, so nothing is lost.
     */
    private static CrawlReport discard(CrawlRun run, FrontierStore frontier, Instant started) {
        frontier.delete();
        run.state.save();
        return run.report(started, false);
    }

    private static CrawlReport finish(CrawlRun run, FrontierStore frontier, Instant started, boolean complete) {
        if (complete) {
            frontier.delete();
        } else {
            frontier.shutdown();
        }
        run.state.save();
        return run.report(started, complete);
    }

    private static CrawlController controller(CrawlRun run, CrawlConfig config, RobotsPolicy robots,
            HSQLDBFrontierConfiguration frontierConfig) {
        BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();
        URI seed = run.shop.seeds().getFirst();
        try {
            ShopPageFetcher fetcher = new ShopPageFetcher(config, normalizer, run);
            RobotstxtConfig robotsConfig = new RobotstxtConfig();
            robotsConfig.setUserAgentName(RobotsPolicy.robotName(run.shop.userAgent()));
            ShopRobotstxtServer robotsServer = new ShopRobotstxtServer(robotsConfig, fetcher,
                    frontierConfig.getWebURLFactory(), robots, run);
            CrawlController controller = new CrawlController(config, normalizer, fetcher, robotsServer, frontierConfig);
            controller.setFrontier(new SingleWorkerFrontier(controller.getFrontier(), run));
            return controller;
        } catch (Exception e) { // crawler4j's constructors declare Exception
            throw new FetchException(seed, -1, "cannot set up crawler4j: " + e.getMessage(), e);
        }
    }

    private static void scheduleSeeds(CrawlRun run, CrawlController controller, RobotsPolicy robots, boolean resuming) {
        try {
            for (URI seed : run.shop.seeds()) {
                if (run.scope.rejection(seed, true).isEmpty()) {
                    controller.addSeed(seed.toString());
                }
            }
            if (!resuming) {
                // The frontier of a resumed crawl already holds what the sitemaps listed.
                List<URI> fromSitemaps = new SitemapReader(run.http, run.scope).read(robots.sitemaps(), run.shop.seeds().getFirst());
                controller.addSeeds(fromSitemaps.stream()
                        .filter(u -> run.scope.rejection(u, false).isEmpty())
                        .map(URI::toString)
                        .toList());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.stop.stop("interrupted");
        }
    }

    static CrawlConfig crawlConfig(WebshopConfig shop, Path frontierFolder) {
        CrawlConfig config = new CrawlConfig();
        config.setCrawlStorageFolder(frontierFolder.toString());
        config.setResumableCrawling(true); // also keeps crawls apart: the in-memory frontier is one per JVM
        config.setUserAgentString(shop.userAgent());
        config.setPolitenessDelay(0); // PolitenessGate does it, measured from the end of each response
        config.setMaxPagesToFetch(-1); // counted by CrawlRun as requests, not as scheduled URLs
        config.setMaxDepthOfCrawling(-1);
        config.setIncludeHttpsPages(true);
        config.setIncludeBinaryContentInCrawling(true); // JSON is "binary" to crawler4j
        config.setProcessBinaryContentInCrawling(false);
        config.setFollowRedirects(true);
        config.setRespectNoFollow(false);
        config.setRespectNoIndex(false);
        config.setMaxDownloadSize((int) Math.min(Integer.MAX_VALUE - 8, shop.limits().maxPageBytes()));
        config.setConnectionTimeout((int) shop.limits().connectTimeout().toMillis());
        config.setSocketTimeout((int) shop.limits().readTimeout().toMillis());
        config.setOnlineTldListUpdate(false);
        config.setLanguageDetection(false);
        config.setAllowSingleLevelDomain(true);
        config.setBatchReadSize(1);
        config.setHaltOnError(false);
        config.setThreadMonitoringDelaySeconds(1);
        config.setThreadShutdownDelaySeconds(1);
        config.setCleanupDelaySeconds(1);
        return config;
    }
}
