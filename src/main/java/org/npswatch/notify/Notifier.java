package org.npswatch.notify;

/**
 * One delivery channel. Implementations never throw for a failed delivery: they say what happened,
 * and say {@link DeliveryOutcome.Delivered} only when the other side confirmed (SMTP accepted the
 * message, the webhook answered 2xx, the feed file was replaced).
 */
public interface Notifier {
    /** Delivers one message holding the batch's flags to the batch's recipient. */
    DeliveryOutcome deliver(Batch batch);
}
