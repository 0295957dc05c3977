package org.npswatch.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhooks are posted and retried: up to {@code maxAttempts} tries per delivery, waiting
 * {@code initialBackoff}, then twice as long each time, at most {@code maxBackoff}.
 */
public record WebhookSettings(Duration timeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    /** Where the HMAC secret is read from when a recipient names no {@code secret_env}. */
    public static final String DEFAULT_SECRET_ENV = "NPSWATCH_WEBHOOK_SECRET";
    public static final WebhookSettings DEFAULTS =
            new WebhookSettings(Duration.ofSeconds(10), 4, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public WebhookSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
    }
}
