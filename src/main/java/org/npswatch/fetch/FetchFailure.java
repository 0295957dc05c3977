package org.npswatch.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One page that could not be fetched in a crawl.
 *
 * @param url the page
 * @param status the last HTTP status seen, or -1 when no response arrived (timeout, refused)
 * @param reason what went wrong, for people ("HTTP 503 after 3 retries", "read timed out")
 */
public record FetchFailure(URI url, int status, String reason) {
    public FetchFailure {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reason, "reason");
    }
}
