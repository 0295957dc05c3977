package org.npswatch.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep a crawl polite and safe.
 *
 * @param connectTimeout time to open a connection
 * @param readTimeout time to wait for data on an open connection
 * @param maxPageBytes larger responses are cut off and not parsed
 * @param maxRetries retries of a page after 429 or 5xx before it counts as failed
 * @param maxRetryAfter the longest Retry-After npswatch will honour; longer waits end the crawl
 *     of that host for this run
 */
public record FetchLimits(
        Duration connectTimeout, Duration readTimeout, long maxPageBytes, int maxRetries, Duration maxRetryAfter) {
    public static final FetchLimits DEFAULTS =
            new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 3, Duration.ofMinutes(10));

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxPageBytes < 1024) {
            throw new IllegalArgumentException("maxPageBytes must be at least 1024");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
    }
}
