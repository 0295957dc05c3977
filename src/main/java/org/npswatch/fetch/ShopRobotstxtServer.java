package org.npswatch.fetch;

import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;

/**
 * crawler4j's robots.txt check, answered from the {@link RobotsPolicy} read at the start of the
 * crawl (crawler4j would fetch robots.txt again lazily and cannot tell the Crawl-delay or the
 * sitemaps), counting the URLs it keeps us from.
 */
final class ShopRobotstxtServer extends RobotstxtServer {
    private final RobotsPolicy policy;
    private final CrawlRun run;

    ShopRobotstxtServer(RobotstxtConfig config, PageFetcher fetcher, WebURLFactory factory, RobotsPolicy policy,
            CrawlRun run) {
        super(config, fetcher, factory);
        this.policy = policy;
        this.run = run;
    }

    @Override
    public boolean allows(WebURL webURL) {
        return allows(webURL, false);
    }

    @Override
    public boolean allows(WebURL webURL, boolean isSeed) {
        boolean allowed = policy.allows(webURL.getURL());
        if (!allowed) {
            run.disallowed(webURL.getURL());
        }
        return allowed;
    }
}
