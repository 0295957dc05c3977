package org.npswatch.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.npswatch.model.Flag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers flags to the recipients subscribed to their type, each flag to each recipient once.
 *
 * <p>Every owed delivery is first queued in the {@link DeliveryLedger}; it is marked delivered only
 * when the channel confirmed. Immediate recipients get one message per call holding their new
 * flags; daily and weekly recipients' flags wait for {@link #dispatchDigest}. Whatever failed
 * (an immediate alert or a digest) is tried again on the next call of either method, so a failure
 * never loses a flag. A crash between the channel's confirmation and the ledger write can repeat a
 * message (at least once, never lost); webhook receivers can drop repeats by flag id.
 */
public final class Dispatcher {
    /** What one call did, per recipient: delivered flag ids and failures. */
    public record Report(Map<String, List<String>> delivered, Map<String, String> failures) {
        public Report {
            delivered = Map.copyOf(delivered);
            failures = Map.copyOf(failures);
        }

        /** How many flag deliveries succeeded in this call. */
        public int deliveredCount() {
            return delivered.values().stream().mapToInt(List::size).sum();
        }

        private static final class Builder {
            private final Map<String, List<String>> delivered = new java.util.TreeMap<>();
            private final Map<String, String> failures = new java.util.TreeMap<>();

            Report build() {
                return new Report(delivered, failures);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Subscriptions subscriptions;
    private final DeliveryLedger ledger;
    private final Map<DeliveryChannel, Notifier> notifiers;
    private final Function<String, Optional<Flag>> flags;

    /**
     * @param notifiers the notifier of each channel in use
     * @param flags looks a flag up by id in its current state (the flag store's {@code get}), for
     *     deliveries queued by an earlier call or an earlier process
     */
    public Dispatcher(Subscriptions subscriptions, DeliveryLedger ledger, Map<DeliveryChannel, Notifier> notifiers,
            Function<String, Optional<Flag>> flags) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.notifiers = notifiers.isEmpty() ? Map.of() : new EnumMap<>(notifiers);
        this.flags = flags;
    }

    /**
     * Queues newly recorded flags for every subscribed recipient, then sends immediate recipients
     * everything they are owed and retries digests that failed before.
     */
    public synchronized Report dispatch(List<Flag> newlyRecorded, Instant now) {
        Map<String, Flag> known = new HashMap<>();
        newlyRecorded.forEach(f -> known.put(f.id(), f));
        for (Recipient r : subscriptions.recipients()) {
            List<String> ids = newlyRecorded.stream().filter(f -> r.wants(f.type())).map(Flag::id).toList();
            ledger.queue(r.id(), ids, now);
        }
        Report.Builder report = new Report.Builder();
        for (Recipient r : subscriptions.recipients()) {
            List<DeliveryLedger.Delivery> owed = ledger.pending(r.id()).stream()
                    .filter(d -> r.cadence() == Cadence.IMMEDIATE || d.attempts() > 0)
                    .toList();
            send(r, r.cadence(), owed, known, now, report);
        }
        return report.build();
    }

    /** Sends the recipients of this cadence a digest of everything they are owed. */
    public synchronized Report dispatchDigest(Cadence cadence, Instant now) {
        Report.Builder report = new Report.Builder();
        for (Recipient r : subscriptions.recipients()) {
            if (r.cadence() == cadence) {
                send(r, cadence, ledger.pending(r.id()), Map.of(), now, report);
            }
        }
        return report.build();
    }

    private void send(Recipient r, Cadence cadence, List<DeliveryLedger.Delivery> owed, Map<String, Flag> known,
            Instant now, Report.Builder report) {
        List<Flag> batch = new ArrayList<>();
        for (DeliveryLedger.Delivery d : owed) {
            Optional<Flag> flag = Optional.ofNullable(known.get(d.flagId())).or(() -> flags.apply(d.flagId()));
            if (flag.isPresent()) {
                batch.add(flag.get());
            } else {
                LOG.warn("flag {} is owed to {} but no longer in the flag store; it stays queued", d.flagId(), r.id());
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        List<String> ids = batch.stream().map(Flag::id).toList();
        DeliveryOutcome outcome = deliver(r, new Batch(r, cadence, batch, now));
        switch (outcome) {
            case DeliveryOutcome.Delivered delivered -> {
                ledger.delivered(r.id(), ids, now);
                report.delivered.put(r.id(), ids);
                LOG.info("delivered {} flag(s) to {}: {}", ids.size(), r.id(), delivered.detail());
            }
            case DeliveryOutcome.Failed failed -> {
                ledger.failed(r.id(), ids, failed.reason(), now);
                report.failures.put(r.id(), failed.reason());
                LOG.warn("delivery of {} flag(s) to {} failed, will retry on the next run: {}", ids.size(), r.id(),
                        failed.reason());
            }
        }
    }

    private DeliveryOutcome deliver(Recipient r, Batch batch) {
        Notifier notifier = notifiers.get(r.channel());
        if (notifier == null) {
            return new DeliveryOutcome.Failed("no " + r.channel().wireName() + " channel is configured", false);
        }
        try {
            return notifier.deliver(batch);
        } catch (RuntimeException e) {
            // A bug in one channel must not stop the others; the delivery stays owed.
            return new DeliveryOutcome.Failed(r.channel().wireName() + " notifier failed: " + e, true);
        }
    }
}
