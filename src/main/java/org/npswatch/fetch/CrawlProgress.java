package org.npswatch.fetch;

import java.net.URI;
import org.npswatch.model.SourceId;

/** Progress of a running crawl, for a progress bar. Calls come from the crawling thread. */
public interface CrawlProgress {
    /** A progress listener that ignores everything. */
    CrawlProgress NONE = new CrawlProgress() {};

    /** The crawl of {@code source} starts; at most {@code maxPages} pages will be requested. */
    default void started(SourceId source, int maxPages) {}

    /**
     * A page request ended (fetched, unchanged, skipped or failed).
     *
     * @param url the page
     * @param done pages requested so far in this crawl
     * @param max the crawl's page limit
     */
    default void pageFetched(URI url, int done, int max) {}

    /** The crawl ended. */
    default void finished(CrawlReport report) {}
}
