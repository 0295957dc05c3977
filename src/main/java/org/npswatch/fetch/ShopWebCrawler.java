package org.npswatch.fetch;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The crawler4j worker for one shop: decides which links to follow (host, patterns, redirect
 * hops), stops at the page limit or when told to, and hands parsed pages to the {@link CrawlRun}.
 */
final class ShopWebCrawler extends WebCrawler {
    private final CrawlRun run;

    ShopWebCrawler(CrawlRun run) {
        this.run = run;
    }

    @Override
    protected WebURL handleUrlBeforeProcess(WebURL curURL) {
        if (!run.stop.isStopped() && run.pageLimitReached()) {
            run.stop.stop("reached maxPages " + run.shop.maxPages());
        }
        if (run.stop.isStopped()) {
            // Returning null leaves the URL "in process" in the frontier: the next crawl resumes it.
            getMyController().shutdown();
            return null;
        }
        return curURL;
    }

    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
        Optional<URI> uri = parse(url.getURL());
        if (uri.isEmpty()) {
            return false;
        }
        boolean redirect = referringPage != null && referringPage.isRedirect();
        Optional<String> rejection = run.scope.rejection(uri.get(), false);
        if (redirect && rejection.isPresent()) {
            run.skipped(uri.get(), "redirect target " + rejection.get());
            return false;
        }
        if (redirect && run.redirectHops(url.getURL()) > CrawlRun.MAX_REDIRECT_HOPS) {
            run.failed(URI.create(referringPage.getWebURL().getURL()), referringPage.getStatusCode(),
                    "more than " + CrawlRun.MAX_REDIRECT_HOPS + " redirects in a row");
            return false;
        }
        return rejection.isEmpty();
    }

    @Override
    public void visit(Page page) {
        run.deliver(page.getWebURL().getURL());
    }

    @Override
    protected void onParseError(WebURL webUrl, Exception e) {
        // crawler4j could not read links from it, but the bytes are what the shop sent: keep them.
        run.deliver(webUrl.getURL());
    }

    @Override
    protected void onUnexpectedStatusCode(String urlStr, int statusCode, String contentType, String description) {
        // Recorded as a failure by ShopPageFetcher, with the retries it took.
    }

    @Override
    protected void onRedirectedToInvalidUrl(Page page) {
        // Recorded by ShopPageFetcher.
    }

    @Override
    protected void onContentFetchError(Page page, Exception e) {
        run.failed(URI.create(page.getWebURL().getURL()), -1, "cannot read content: " + e);
    }

    @Override
    protected void onPageBiggerThanMaxSize(Page page, long pageSize) {
        run.failed(URI.create(page.getWebURL().getURL()), 200, "response of " + pageSize + " bytes is too large");
    }

    @Override
    protected void onUnhandledException(Page page, Throwable e) {
        if (!(e instanceof FetchException)) {
            String url = page == null || page.getWebURL() == null ? "?" : page.getWebURL().getURL();
            run.failed(parse(url).orElse(URI.create("about:blank")), -1, "unexpected error: " + e);
        }
    }

    private static Optional<URI> parse(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
