package org.npswatch.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.UrlResolver;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.security.KeyManagementException;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * crawler4j's fetch step, done by {@link HttpFetcher}: conditional GETs, retries, size cap and the
 * content-type filter happen there, and the outcome is handed back in the shape crawler4j expects.
 * A 304 is handed back as the archived copy, so crawler4j still follows the links of unchanged
 * pages; {@link CrawlRun#deliver} then records it as unchanged instead of passing it on.
 */
final class ShopPageFetcher extends PageFetcher {
    private final CrawlRun run;

    ShopPageFetcher(CrawlConfig config, BasicURLNormalizer normalizer, CrawlRun run)
            throws NoSuchAlgorithmException, KeyManagementException, KeyStoreException {
        super(config, normalizer);
        this.run = run;
    }

    @Override
    public PageFetchResult fetchPage(WebURL webUrl) {
        URI url = URI.create(webUrl.getURL());
        Optional<PageState> known = run.state.get(url);
        FetchOutcome outcome = run.http.get(url, conditionalHeaders(known), ShopScope::isPageType);
        return switch (outcome) {
            case FetchOutcome.Failure f -> failure(f);
            case FetchOutcome.Stopped s -> abandoned(webUrl, s);
            case FetchOutcome.Response r -> response(webUrl, r, known);
        };
    }

    private static List<HttpHeader> conditionalHeaders(Optional<PageState> known) {
        List<HttpHeader> headers = new ArrayList<>();
        known.flatMap(PageState::etag).ifPresent(v -> headers.add(new HttpHeader("If-None-Match", v)));
        known.flatMap(PageState::lastModified).ifPresent(v -> headers.add(new HttpHeader("If-Modified-Since", v)));
        return headers;
    }

    private PageFetchResult failure(FetchOutcome.Failure f) {
        run.requested(f.url(), 0);
        run.failed(f.url(), f.status(), f.reason());
        if (f.stopsHost()) {
            run.stop.stop(f.url().getHost() + ": " + f.reason());
        } else if (f.status() < 0 && f.reason().startsWith("timed out")) {
            run.timedOut();
        }
        // Thrown past crawler4j's processPage, which logs and moves on to the next URL.
        throw new FetchException(f.url(), f.status(), f.reason());
    }

    /**
     * The stop signal came while this URL waited for its turn: it was never requested (or its
     * retry was not), so it must stay in the frontier for the next crawl instead of being marked
     * processed like a failure would be.
     */
    private PageFetchResult abandoned(WebURL webUrl, FetchOutcome.Stopped s) {
        run.abandoned(webUrl.getURL());
        // Thrown past crawler4j's processPage like a failure; SingleWorkerFrontier then keeps the URL.
        throw new FetchException(s.url(), -1, "crawl stopped before the request");
    }

    private PageFetchResult response(WebURL webUrl, FetchOutcome.Response r, Optional<PageState> known) {
        run.requested(r.url(), r.body().length);
        int status = r.status();
        if (status == 304 && known.isPresent()) {
            return fromArchive(webUrl, r, known.get());
        }
        if (status >= 300 && status < 400 && status != 304) {
            return redirect(webUrl, r);
        }
        if (status != 200) {
            run.failed(r.url(), status, ("HTTP " + status + " " + r.reason()).strip());
            return result(status, r.headers(), Optional.empty(), null);
        }
        if (!r.bodyRead()) {
            run.skipped(r.url(), "content type " + r.contentType());
        }
        run.received(r, false);
        return result(200, r.headers(), Optional.of(entity(r.body(), r.contentType())), webUrl.getURL());
    }

    private PageFetchResult fromArchive(WebURL webUrl, FetchOutcome.Response r, PageState known) {
        Optional<ArchivedResponse> copy = run.archive.read(known.warcRecordId());
        if (copy.isEmpty()) {
            run.state.remove(r.url());
            run.failed(r.url(), 304, "HTTP 304 but the archived copy " + known.warcRecordId() + " is missing");
            return result(304, r.headers(), Optional.empty(), null);
        }
        FetchOutcome.Response revalidated = new FetchOutcome.Response(r.url(), r.fetchedAt(), r.requestHeaders(), 304,
                r.reason(), r.headers(), copy.get().body(), true, r.retries());
        run.received(revalidated, true);
        return result(200, copy.get().headers(), Optional.of(entity(copy.get().body(), copy.get().contentType())),
                webUrl.getURL());
    }

    private PageFetchResult redirect(WebURL webUrl, FetchOutcome.Response r) {
        PageFetchResult result = result(r.status(), r.headers(), Optional.empty(), null);
        Optional<String> location = HttpHeader.first(r.headers(), "Location");
        if (location.isEmpty()) {
            run.failed(r.url(), r.status(), "redirect without Location");
            return result;
        }
        String target = normalizer.filter(UrlResolver.resolveUrl(webUrl.getURL(), location.get()));
        if (target != null) {
            result.setMovedToUrl(target);
            run.redirected(webUrl.getURL(), target);
        }
        return result;
    }

    private static PageFetchResult result(int status, List<HttpHeader> headers, Optional<ByteArrayEntity> entity,
            String fetchedUrl) {
        PageFetchResult result = new PageFetchResult(false);
        result.setStatusCode(status);
        result.setResponseHeaders(headers.stream().map(h -> new BasicHeader(h.name(), h.value())).toArray(Header[]::new));
        entity.ifPresent(result::setEntity);
        result.setFetchedUrl(fetchedUrl);
        return result;
    }

    private static ByteArrayEntity entity(byte[] body, String contentType) {
        ContentType type;
        try {
            type = contentType.isBlank() ? ContentType.TEXT_HTML : ContentType.parseLenient(contentType);
        } catch (RuntimeException e) {
            type = ContentType.APPLICATION_OCTET_STREAM;
        }
        return new ByteArrayEntity(body, type);
    }

    @Override
    public synchronized void shutDown() {
        super.shutDown();
        run.http.close();
    }
}
