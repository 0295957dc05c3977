package org.npswatch.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** How one GET ended, after any retries. */
sealed interface FetchOutcome {
    URI url();

    /**
     * The server answered (any status, including 3xx, 304, 4xx and a 5xx that outlasted the
     * retries).
     *
     * @param bodyRead false when the body was not read because its content type is not wanted
     * @param retries how many retries it took
     */
    record Response(
            URI url,
            Instant fetchedAt,
            List<HttpHeader> requestHeaders,
            int status,
            String reason,
            List<HttpHeader> headers,
            byte[] body,
            boolean bodyRead,
            int retries)
            implements FetchOutcome {
        HttpCapture capture() {
            return new HttpCapture(url, fetchedAt, requestHeaders, status, reason, headers, body);
        }

        String contentType() {
            return HttpHeader.first(headers, "Content-Type").orElse("");
        }
    }

    /**
     * No usable answer: timeout, connection error, oversized body, or a Retry-After too long.
     *
     * @param status the HTTP status when one arrived, else -1
     * @param stopsHost true when the host asked us to go away for longer than we wait
     */
    record Failure(URI url, int status, String reason, boolean stopsHost) implements FetchOutcome {}

    /**
     * The crawl was stopped while waiting for this request (politeness delay or a retry's
     * back-off): the URL was not dealt with, so it is neither a page nor a failure, and must be
     * fetched again by the next crawl.
     */
    record Stopped(URI url) implements FetchOutcome {}
}
