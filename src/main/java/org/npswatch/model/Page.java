package org.npswatch.model;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetched web page (or products JSON document) as archived: the exact bytes, where and when.
 *
 * @param warcRecordId id of the WARC record holding these bytes; empty when not archived (tests,
 *     saved pages given to {@code extract})
 */
public record Page(
        SourceId source,
        URI url,
        Instant fetchedAt,
        int status,
        String contentType,
        byte[] body,
        Optional<String> warcRecordId) {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        contentType = contentType == null ? "" : contentType;
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(warcRecordId, "warcRecordId");
    }

    /** The body decoded with the charset from the content type, else UTF-8. */
    public String text() {
        Charset cs = StandardCharsets.UTF_8;
        int i = contentType.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (i >= 0) {
            String name = contentType.substring(i + 8).replace("\"", "").split("[;\\s]")[0];
            try {
                cs = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                cs = StandardCharsets.UTF_8;
            }
        }
        return new String(body, cs);
    }

    public boolean isJson() {
        String ct = contentType.toLowerCase(java.util.Locale.ROOT);
        return ct.contains("json") || url.getPath().endsWith(".json");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Page p
                && source.equals(p.source)
                && url.equals(p.url)
                && fetchedAt.equals(p.fetchedAt)
                && status == p.status
                && java.util.Arrays.equals(body, p.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, url, fetchedAt, status, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "Page[" + source + " " + url + " " + status + " " + body.length + " bytes]";
    }
}
