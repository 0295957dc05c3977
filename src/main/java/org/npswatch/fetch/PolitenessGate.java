package org.npswatch.fetch;

import java.time.Duration;

/**
 * Keeps at least the politeness delay between the end of one request to the shop's host and the
 * start of the next. Measuring from the end (not the start, as crawler4j does) keeps the gap
 * even when responses are slow.
 */
final class PolitenessGate {
    private final StopSignal stop;
    private volatile Duration delay;
    private long lastEnd = Long.MIN_VALUE;

    PolitenessGate(Duration delay, StopSignal stop) {
        this.delay = delay;
        this.stop = stop;
    }

    /** Raises the delay, e.g. to a robots.txt Crawl-delay; never lowers it. */
    synchronized void atLeast(Duration other) {
        if (other.compareTo(delay) > 0) {
            delay = other;
        }
    }

    Duration delay() {
        return delay;
    }

    /**
     * Waits for this host's turn.
     *
     * @return false when the crawl was stopped while waiting
     */
    boolean awaitTurn() {
        long wait;
        synchronized (this) {
            wait = lastEnd == Long.MIN_VALUE ? 0 : lastEnd + delay.toNanos() - System.nanoTime();
        }
        return stop.sleep(Duration.ofNanos(Math.max(0, wait)));
    }

    /** Marks the end of a request (response read or failed). */
    synchronized void requestEnded() {
        lastEnd = System.nanoTime();
    }
}
