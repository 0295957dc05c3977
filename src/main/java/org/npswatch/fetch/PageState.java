package org.npswatch.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last crawl knew about one page, to skip it when unchanged.
 *
 * @param url the page
 * @param etag the ETag of the archived response, sent back as If-None-Match
 * @param lastModified the Last-Modified of the archived response, sent back as If-Modified-Since
 * @param sha256 hex SHA-256 of the archived body
 * @param warcRecordId the response record holding the body
 * @param fetchedAt when that body was fetched
 */
public record PageState(
        URI url,
        Optional<String> etag,
        Optional<String> lastModified,
        String sha256,
        String warcRecordId,
        Instant fetchedAt) {
    public PageState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(warcRecordId, "warcRecordId");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
