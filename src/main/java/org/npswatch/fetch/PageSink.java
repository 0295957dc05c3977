package org.npswatch.fetch;

import java.net.URI;

/** Receives each new or changed page of a crawl, already archived. */
@FunctionalInterface
public interface PageSink {
    /**
     * Called once per fetched HTML page or JSON document with status 200 whose content differs
     * from the last crawl's; {@code page.warcRecordId()} names the archived bytes.
     */
    void accept(org.npswatch.model.Page page);

    /**
     * Called for a page the server reported unchanged (304) or whose bytes are identical to the
     * last crawl's, so that later stages can still mark its offers as seen today.
     *
     * @param url the page
     * @param warcRecordId the archived response holding the bytes last passed to {@link #accept}
     */
    default void unchanged(URI url, String warcRecordId) {
        // most sinks only care about new content
    }
}
