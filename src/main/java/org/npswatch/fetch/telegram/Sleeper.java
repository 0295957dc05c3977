package org.npswatch.fetch.telegram;

import java.time.Duration;

/** Waits; replaced in tests so that politeness delays and Retry-After can be checked without waiting. */
@FunctionalInterface
public interface Sleeper {
    /** The real clock. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
