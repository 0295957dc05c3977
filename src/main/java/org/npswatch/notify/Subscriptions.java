package org.npswatch.notify;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.npswatch.model.FlagType;

/**
 * Who gets which flags how often, and the settings of the channels that reach them; read from
 * {@code crawl-config/notify.yaml} by {@link NotifyConfigLoader}.
 */
public record Subscriptions(
        List<Recipient> recipients, Optional<SmtpSettings> smtp, WebhookSettings webhook, FeedSettings feed) {
    public Subscriptions {
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(feed, "feed");
        Set<String> ids = new HashSet<>();
        for (Recipient r : recipients) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("two recipients have the id " + r.id());
            }
        }
    }

    /** Recipients only, with default channel settings (tests, tools). */
    public static Subscriptions of(List<Recipient> recipients, Optional<SmtpSettings> smtp) {
        return new Subscriptions(recipients, smtp, WebhookSettings.DEFAULTS, FeedSettings.DEFAULTS);
    }

    /** The recipients that want flags of this type. */
    public List<Recipient> recipientsFor(FlagType type) {
        return recipients.stream().filter(r -> r.wants(type)).toList();
    }

    /** The recipient with this id. */
    public Optional<Recipient> recipient(String id) {
        return recipients.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
