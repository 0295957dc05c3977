package org.npswatch.fetch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a shop's sitemaps (urlset and sitemap index files, XML, text or gzipped) with
 * crawler-commons' parser and returns the page URLs found, on the shop's host only.
 */
final class SitemapReader {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapReader.class);
    /** A shop with more sitemap files than this is not a small shop; the crawl still follows links. */
    private static final int MAX_SITEMAPS = 50;

    private final HttpFetcher http;
    private final ShopScope scope;

    SitemapReader(HttpFetcher http, ShopScope scope) {
        this.http = http;
        this.scope = scope;
    }

    /**
     * @param declared sitemap URLs from robots.txt; when empty, {@code /sitemap.xml} is tried
     * @param seed a seed of the shop, to resolve {@code /sitemap.xml}
     * @return page URLs in the order found, without duplicates
     */
    List<URI> read(List<String> declared, URI seed) {
        Deque<URI> todo = new ArrayDeque<>();
        if (declared.isEmpty()) {
            todo.add(seed.resolve("/sitemap.xml"));
        } else {
            declared.forEach(s -> parse(s).filter(scope::onHost).ifPresent(todo::add));
        }
        Set<URI> seen = new LinkedHashSet<>();
        Set<URI> pages = new LinkedHashSet<>();
        SiteMapParser parser = new SiteMapParser(false);
        while (!todo.isEmpty() && seen.size() < MAX_SITEMAPS) {
            URI sitemap = todo.poll();
            if (seen.add(sitemap)) {
                readOne(parser, sitemap, todo, pages);
            }
        }
        return new ArrayList<>(pages);
    }

    private void readOne(SiteMapParser parser, URI sitemap, Deque<URI> todo, Set<URI> pages) {
        FetchOutcome outcome = http.get(sitemap, List.of(), type -> true);
        if (!(outcome instanceof FetchOutcome.Response r) || r.status() != 200) {
            LOG.debug("no sitemap at {}: {}", sitemap, outcome);
            return;
        }
        try {
            AbstractSiteMap map = parser.parseSiteMap(r.contentType(), r.body(), sitemap.toURL());
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    parse(child.getUrl().toString()).filter(scope::onHost).ifPresent(todo::add);
                }
            } else if (map instanceof SiteMap urls) {
                for (SiteMapURL u : urls.getSiteMapUrls()) {
                    parse(u.getUrl().toString()).filter(scope::onHost).ifPresent(pages::add);
                }
            }
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            LOG.info("unreadable sitemap {}: {}", sitemap, e.getMessage());
        }
    }

    private static java.util.Optional<URI> parse(String url) {
        try {
            return java.util.Optional.of(new URI(url.strip()));
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
