package org.npswatch.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * Fetching a URL failed in a way that ends the work on it: the message names the URL, the HTTP
 * status when there was one and the reason.
 */
public final class FetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final URI url;
    private final int status;

    /**
     * @param url the URL being fetched
     * @param status the HTTP status, or -1 when no response arrived
     * @param reason what went wrong, for people
     */
    public FetchException(URI url, int status, String reason) {
        this(url, status, reason, null);
    }

    public FetchException(URI url, int status, String reason, Throwable cause) {
        super(url + (status >= 0 ? " (HTTP " + status + ")" : "") + ": " + reason, cause);
        this.url = url;
        this.status = status;
    }

    public URI url() {
        return url;
    }

    /** The HTTP status, empty when no response arrived (timeout, refused connection). */
    public Optional<Integer> status() {
        return status < 0 ? Optional.empty() : Optional.of(status);
    }
}
