package org.npswatch.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.Page;
import org.npswatch.model.SourceId;

/**
 * An HTTP response read back from the evidence archive: the exact bytes seen and when.
 *
 * @param recordId the WARC-Record-ID ({@code urn:uuid:...})
 * @param url the target URI
 * @param fetchedAt the WARC-Date
 * @param status HTTP status
 * @param headers HTTP response headers as archived
 * @param body the HTTP payload bytes as received
 * @param warcFile the WARC file holding the record
 * @param offset the record's byte offset in that (compressed) file
 */
public record ArchivedResponse(
        String recordId,
        URI url,
        Instant fetchedAt,
        int status,
        List<HttpHeader> headers,
        byte[] body,
        Path warcFile,
        long offset) {
    public ArchivedResponse {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(warcFile, "warcFile");
    }

    public String contentType() {
        return HttpHeader.first(headers, "Content-Type").orElse("");
    }

    /** The archived response as a {@link Page} of {@code source}, carrying this record's id. */
    public Page toPage(SourceId source) {
        return new Page(source, url, fetchedAt, status, contentType(), body, Optional.of(recordId));
    }
}
