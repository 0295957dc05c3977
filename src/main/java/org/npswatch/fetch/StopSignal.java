package org.npswatch.fetch;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a running crawl to stop, and lets its waits (politeness, Retry-After, back-off) end at
 * once when it does. Used instead of thread interrupts, which would close the frontier database's
 * and the archive's file channels mid-write.
 */
final class StopSignal {
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String reason;

    void stop(String why) {
        if (reason == null) {
            reason = why;
        }
        stopped.countDown();
    }

    boolean isStopped() {
        return stopped.getCount() == 0;
    }

    Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Sleeps for {@code wait} unless stopped first.
     *
     * @return true when the full wait passed, false when the crawl was stopped
     */
    boolean sleep(Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            return !isStopped();
        }
        boolean interrupted = false;
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            try {
                boolean done = left <= 0 ? isStopped() : stopped.await(left, TimeUnit.NANOSECONDS);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return !done;
            } catch (InterruptedException e) {
                // The crawl thread is never interrupted on purpose; stopping goes through stop().
                interrupted = true;
            }
        }
    }
}
