package org.npswatch.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.SourceId;

/**
 * What one crawl of one shop did.
 *
 * @param source the shop
 * @param crawlId identifies this crawl (also in the WARC file name)
 * @param pagesFetched new or changed HTML/JSON pages, archived and passed to the sink
 * @param pagesNotModified pages the server answered 304 for or whose bytes were unchanged
 * @param pagesFailed pages that failed (listed in {@code failures})
 * @param pagesDisallowed distinct URLs robots.txt kept the crawler from
 * @param pagesSkipped responses not worth reading (images, PDFs, off-host redirects)
 * @param bytes response body bytes read over the network
 * @param complete true when the crawl ran out of pages; false when it stopped at maxPages, was
 *     interrupted or was stopped by the host; the next crawl then resumes where this one stopped
 * @param stopReason why the crawl stopped early, when it did
 */
public record CrawlReport(
        SourceId source,
        String crawlId,
        Instant started,
        Instant finished,
        int pagesFetched,
        int pagesNotModified,
        int pagesFailed,
        List<FetchFailure> failures,
        int pagesDisallowed,
        int pagesSkipped,
        long bytes,
        boolean complete,
        Optional<String> stopReason) {
    public CrawlReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(crawlId, "crawlId");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        failures = List.copyOf(failures);
        Objects.requireNonNull(stopReason, "stopReason");
    }

    public Duration duration() {
        return Duration.between(started, finished);
    }

    /** One line for logs and the CLI summary. */
    public String summary() {
        return "%s: %d fetched, %d unchanged, %d failed, %d disallowed, %d skipped, %d bytes in %d ms%s"
                .formatted(source, pagesFetched, pagesNotModified, pagesFailed, pagesDisallowed, pagesSkipped,
                        bytes, duration().toMillis(), stopReason.map(r -> " (stopped: " + r + ")").orElse(""));
    }
}
