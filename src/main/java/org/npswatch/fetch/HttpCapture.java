package org.npswatch.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One GET request and the response to it, as they go into the evidence archive.
 *
 * @param url the requested URL
 * @param fetchedAt when the response arrived
 * @param requestHeaders the headers sent (user agent, conditional headers)
 * @param status HTTP status
 * @param reason HTTP reason phrase, may be empty
 * @param responseHeaders the headers received
 * @param body the exact body bytes received (not decoded)
 */
public record HttpCapture(
        URI url,
        Instant fetchedAt,
        List<HttpHeader> requestHeaders,
        int status,
        String reason,
        List<HttpHeader> responseHeaders,
        byte[] body) {
    public HttpCapture {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        requestHeaders = List.copyOf(requestHeaders);
        reason = reason == null ? "" : reason;
        responseHeaders = List.copyOf(responseHeaders);
        Objects.requireNonNull(body, "body");
    }

    public String contentType() {
        return HttpHeader.first(responseHeaders, "Content-Type").orElse("");
    }
}
