package org.npswatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npswatch.model.Flag;
import org.npswatch.notify.AtomFeed;
import org.npswatch.notify.Cadence;
import org.npswatch.notify.DeliveryChannel;
import org.npswatch.notify.DeliveryLedger;
import org.npswatch.notify.Dispatcher;
import org.npswatch.notify.EmailNotifier;
import org.npswatch.notify.Notifier;
import org.npswatch.notify.NotifyConfigLoader;
import org.npswatch.notify.Subscriptions;
import org.npswatch.notify.WebhookNotifier;
import org.npswatch.store.FlagStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivery of flags to the network, configured by {@code crawl-config/notify.yaml} when present. */
final class Delivery {
    static final String FILE = "notify.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final Optional<Dispatcher> dispatcher;

    private Delivery(Optional<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Delivery as configured, or none when the config folder has no notify.yaml. */
    static Delivery configured(Path configDir, Path dataDir, FlagStore flags) {
        Path file = configDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Delivery(Optional.empty());
        }
        Subscriptions subs = NotifyConfigLoader.load(file);
        Map<DeliveryChannel, Notifier> channels = new EnumMap<>(DeliveryChannel.class);
        subs.smtp().ifPresent(s -> channels.put(DeliveryChannel.EMAIL, EmailNotifier.fromEnvironment(s)));
        channels.put(DeliveryChannel.WEBHOOK, WebhookNotifier.create(subs.webhook()));
        channels.put(DeliveryChannel.FEED, new AtomFeed(dataDir, subs.feed()));
        return new Delivery(Optional.of(new Dispatcher(subs, DeliveryLedger.open(dataDir), channels, flags::get)));
    }

    boolean enabled() {
        return dispatcher.isPresent();
    }

    /** Sends newly recorded flags to immediate subscribers and queues the rest for digests. */
    void newFlags(List<Flag> recorded, Instant now) {
        dispatcher.ifPresent(d -> {
            Dispatcher.Report r = d.dispatch(recorded, now);
            LOG.info("delivered {} flag message(s); {} failure(s) to retry", r.deliveredCount(), r.failures().size());
            r.failures().forEach((who, why) -> LOG.warn("delivery to {} failed, will retry: {}", who, why));
        });
    }

    void digest(Cadence cadence, Instant now) {
        dispatcher.ifPresent(d -> d.dispatchDigest(cadence, now));
    }
}
