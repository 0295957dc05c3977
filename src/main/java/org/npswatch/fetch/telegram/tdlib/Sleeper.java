package org.npswatch.fetch.telegram.tdlib;

import java.time.Duration;

/** Waits; tests inject one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real one: {@link Thread#sleep(Duration)}. */
    static Sleeper system() {
        return Thread::sleep;
    }
}
