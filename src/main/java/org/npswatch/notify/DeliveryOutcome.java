package org.npswatch.notify;

import java.util.Objects;

/** What became of one delivery attempt. */
public sealed interface DeliveryOutcome {
    /** The channel confirmed receipt; {@code detail} says how (e.g. "HTTP 204"). */
    record Delivered(String detail) implements DeliveryOutcome {
        public Delivered {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * Not delivered. {@code retryable} is false when trying again unchanged cannot help (a 4xx
     * answer, a refused address); the dispatcher still keeps the delivery pending so it is sent
     * once the configuration is fixed. The reason never contains a secret.
     */
    record Failed(String reason, boolean retryable) implements DeliveryOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
