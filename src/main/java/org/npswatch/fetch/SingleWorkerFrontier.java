package org.npswatch.fetch;

import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.List;

/**
 * The HSQLDB frontier, told it is finished as soon as the one crawler thread asks for work and the
 * queue is empty. With a single worker nothing else can add URLs then, so this replaces
 * crawler4j's monitor thread, which polls in whole seconds and adds several seconds to every crawl.
 * It also keeps URLs a stop cut short unprocessed (see {@link #setProcessed}).
 */
final class SingleWorkerFrontier implements Frontier {
    private final Frontier delegate;
    private final CrawlRun run;

    SingleWorkerFrontier(Frontier delegate, CrawlRun run) {
        this.delegate = delegate;
        this.run = run;
    }

    @Override
    public void getNextURLs(int max, List<WebURL> result) {
        if (!delegate.isFinished() && delegate.getQueueLength() == 0) {
            delegate.finish();
        }
        delegate.getNextURLs(max, result);
    }

    @Override
    public void scheduleAll(List<WebURL> urls) {
        delegate.scheduleAll(urls);
    }

    @Override
    public void schedule(WebURL url) {
        delegate.schedule(url);
    }

    /**
     * crawler4j calls this after every URL it took, whatever happened to it. A URL the stop signal
     * cut short before its request is left "in process" instead, so the next crawl requeues it
     * ({@link FrontierStore#requeueUnfinished}); marking it processed would lose the page for good.
     */
    @Override
    public void setProcessed(WebURL webURL) {
        if (run.takeAbandoned(webURL.getURL())) {
            return;
        }
        delegate.setProcessed(webURL);
    }

    @Override
    public long getQueueLength() {
        return delegate.getQueueLength();
    }

    @Override
    public long getNumberOfAssignedPages() {
        return delegate.getNumberOfAssignedPages();
    }

    @Override
    public long getNumberOfProcessedPages() {
        return delegate.getNumberOfProcessedPages();
    }

    @Override
    public long getNumberOfScheduledPages() {
        return delegate.getNumberOfScheduledPages();
    }

    @Override
    public boolean isFinished() {
        return delegate.isFinished();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void finish() {
        delegate.finish();
    }
}
