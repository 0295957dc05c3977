package org.npswatch.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Asks a running job to stop after the item in hand (a page, a message batch), commit, and return. */
final class Cancellation {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void request() {
        if (requested.compareAndSet(false, true)) {
            listeners.forEach(Runnable::run);
        }
    }

    boolean requested() {
        return requested.get();
    }

    /** Runs {@code action} when stopping is requested (at once if it already was). */
    void onRequest(Runnable action) {
        listeners.add(action);
        if (requested.get()) {
            action.run();
        }
    }
}
