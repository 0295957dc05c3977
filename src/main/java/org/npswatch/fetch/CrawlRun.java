package org.npswatch.fetch;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.npswatch.config.WebshopConfig;
import org.npswatch.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one crawl while it runs: the collaborators the crawler4j adapters share and the
 * tallies the report is made of. Confined to the crawl's worker thread.
 */
final class CrawlRun {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
    static final int MAX_REDIRECT_HOPS = 5;
    static final int MAX_CONSECUTIVE_TIMEOUTS = 3;

    final WebshopConfig shop;
    final String crawlId;
    final ShopScope scope;
    final HttpFetcher http;
    final StopSignal stop;
    final CrawlState state;
    final EvidenceArchive archive;
    final ArchiveWriter writer;
    final PageSink sink;
    final CrawlProgress progress;

    private final Map<String, FetchOutcome.Response> pending = new HashMap<>();
    private final Set<String> revalidated = new LinkedHashSet<>();
    private final Map<String, Integer> redirectHops = new HashMap<>();
    private final Set<String> disallowed = new LinkedHashSet<>();
    private final Set<String> abandoned = new HashSet<>();
    private final List<FetchFailure> failures = new ArrayList<>();
    private int requested;
    private int fetched;
    private int notModified;
    private int skipped;
    private long bytes;
    private int consecutiveTimeouts;

    CrawlRun(WebshopConfig shop, String crawlId, HttpFetcher http, StopSignal stop, CrawlState state,
            EvidenceArchive archive, ArchiveWriter writer, PageSink sink, CrawlProgress progress) {
        this.shop = shop;
        this.crawlId = crawlId;
        this.scope = new ShopScope(shop);
        this.http = http;
        this.stop = stop;
        this.state = state;
        this.archive = archive;
        this.writer = writer;
        this.sink = sink;
        this.progress = progress;
    }

    /** True when the page limit is reached; the crawl then stops before the next request. */
    boolean pageLimitReached() {
        return requested >= shop.maxPages();
    }

    /** Counts a page request that reached the server (or failed trying). */
    void requested(URI url, long bodyBytes) {
        requested++;
        bytes += bodyBytes;
        progress.pageFetched(url, requested, shop.maxPages());
    }

    void received(FetchOutcome.Response response, boolean fromArchive) {
        consecutiveTimeouts = 0;
        pending.put(response.url().toString(), response);
        if (fromArchive) {
            revalidated.add(response.url().toString());
        }
    }

    void failed(URI url, int status, String reason) {
        failures.add(new FetchFailure(url, status, reason));
        LOG.info("{}: {} failed: {}", shop.id(), url, reason);
    }

    void timedOut() {
        if (++consecutiveTimeouts >= MAX_CONSECUTIVE_TIMEOUTS) {
            stop.stop("host timed out " + consecutiveTimeouts + " times in a row");
        }
    }

    void skipped(URI url, String why) {
        skipped++;
        LOG.debug("{}: skipped {}: {}", shop.id(), url, why);
    }

    void disallowed(String url) {
        disallowed.add(url);
    }

    /** Notes a URL whose fetch the stop signal cut short before the request was made. */
    void abandoned(String url) {
        abandoned.add(url);
    }

    /**
     * True (once) when {@code url} was abandoned by a stop: the frontier must then not mark it
     * processed, so that it stays "in process" and the next crawl requeues it.
     */
    boolean takeAbandoned(String url) {
        return abandoned.remove(url);
    }

    void redirected(String from, String to) {
        redirectHops.merge(to, redirectHops.getOrDefault(from, 0) + 1, Math::max);
    }

    int redirectHops(String url) {
        return redirectHops.getOrDefault(url, 0);
    }

    /**
     * Hands a page crawler4j has parsed to the archive and the sink, or records it as unchanged.
     * Called once per 200 response, after its links were scheduled.
     */
    void deliver(String url) {
        FetchOutcome.Response r = pending.remove(url);
        if (r == null || !r.bodyRead()) {
            return;
        }
        Optional<PageState> previous = state.get(r.url());
        if (revalidated.remove(url) && previous.isPresent()) {
            unchanged(r, previous.get(), true);
            return;
        }
        String sha = sha256(r.body());
        if (previous.isPresent() && previous.get().sha256().equals(sha)) {
            unchanged(r, previous.get(), false);
            return;
        }
        String recordId = writer.write(r.capture());
        Page page = new Page(shop.id(), r.url(), r.fetchedAt(), r.status(), r.contentType(), r.body(), Optional.of(recordId));
        try {
            sink.accept(page);
        } catch (RuntimeException e) {
            // The page is archived; without a state entry the next crawl offers it again.
            failed(r.url(), r.status(), "page sink failed: " + e);
            return;
        }
        state.put(new PageState(r.url(), HttpHeader.first(r.headers(), "ETag"),
                HttpHeader.first(r.headers(), "Last-Modified"), sha, recordId, r.fetchedAt()));
        state.saveIfDue();
        fetched++;
    }

    private void unchanged(FetchOutcome.Response r, PageState previous, boolean serverSaid304) {
        writer.writeRevisit(r.capture(), previous.warcRecordId(), previous.fetchedAt(), serverSaid304);
        notModified++;
        if (!serverSaid304) {
            // Keep the first capture as the evidence; only fresher validators are worth keeping.
            state.put(new PageState(previous.url(), HttpHeader.first(r.headers(), "ETag"),
                    HttpHeader.first(r.headers(), "Last-Modified"), previous.sha256(), previous.warcRecordId(),
                    previous.fetchedAt()));
            state.saveIfDue();
        }
        try {
            sink.unchanged(r.url(), previous.warcRecordId());
        } catch (RuntimeException e) {
            failed(r.url(), r.status(), "page sink failed on unchanged page: " + e);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    CrawlReport report(Instant started, boolean complete) {
        return new CrawlReport(shop.id(), crawlId, started, Instant.now(), fetched, notModified, failures.size(),
                failures, disallowed.size(), skipped, bytes, complete, stop.reason());
    }

}
