package org.npswatch.app;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asks a running job to stop after the item in hand (a page, a message batch), commit, and return. */
final class Cancellation {
    private final AtomicBoolean requested = new AtomicBoolean();

    void request() {
        requested.set(true);
    }

    boolean requested() {
        return requested.get();
    }
}
