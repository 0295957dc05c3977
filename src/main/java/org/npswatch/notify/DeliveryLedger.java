package org.npswatch.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which flag is owed to, or was delivered to, which recipient, kept in
 * {@code dataDir/notify/deliveries.json}. A delivery is queued (and saved) before it is attempted
 * and marked delivered only after the channel confirmed, so a crash or a failure never loses a flag
 * and a delivered flag is never sent to the same recipient again, across restarts.
 *
 * <p>Saved whole after every change: written to a temporary file, forced to disk and moved over the
 * old one atomically, so the file is always either the old or the new state. Meant for one writer
 * (the service); thread-safe within it.
 */
public final class DeliveryLedger {
    /**
     * One flag owed to one recipient.
     *
     * @param attempts failed attempts so far (0 for a delivery never tried or delivered first time)
     * @param lastError why the last attempt failed (never contains a secret)
     */
    public record Delivery(
            String flagId, String recipientId, Instant queuedAt, int attempts, Optional<String> lastError,
            Optional<Instant> lastAttemptAt, Optional<Instant> deliveredAt) {
        public Delivery {
            Objects.requireNonNull(flagId, "flagId");
            Objects.requireNonNull(recipientId, "recipientId");
            Objects.requireNonNull(queuedAt, "queuedAt");
            Objects.requireNonNull(lastError, "lastError");
            Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
            Objects.requireNonNull(deliveredAt, "deliveredAt");
        }

        public boolean delivered() {
            return deliveredAt.isPresent();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();

    private DeliveryLedger(Path file) {
        this.file = file;
    }

    /** Opens (or starts) the ledger of {@code dataDir}. */
    public static DeliveryLedger open(Path dataDir) {
        DeliveryLedger ledger = new DeliveryLedger(dataDir.resolve("notify").resolve("deliveries.json"));
        if (Files.exists(ledger.file)) {
            ledger.load();
        }
        return ledger;
    }

    /** Whether this flag was ever queued for this recipient. */
    public synchronized boolean knows(String flagId, String recipientId) {
        return deliveries.containsKey(key(flagId, recipientId));
    }

    /** The state of one delivery. */
    public synchronized Optional<Delivery> get(String flagId, String recipientId) {
        return Optional.ofNullable(deliveries.get(key(flagId, recipientId)));
    }

    /** Queues flags for a recipient (those already known are left alone) and saves. */
    public synchronized void queue(String recipientId, List<String> flagIds, Instant at) {
        boolean changed = false;
        for (String id : flagIds) {
            if (deliveries.putIfAbsent(key(id, recipientId), new Delivery(id, recipientId, at, 0, Optional.empty(),
                    Optional.empty(), Optional.empty())) == null) {
                changed = true;
            }
        }
        if (changed) {
            save();
        }
    }

    /** Deliveries still owed to this recipient, oldest first. */
    public synchronized List<Delivery> pending(String recipientId) {
        return deliveries.values().stream().filter(d -> !d.delivered() && d.recipientId().equals(recipientId)).toList();
    }

    /** Every delivery still owed, oldest first (for status output). */
    public synchronized List<Delivery> pending() {
        return deliveries.values().stream().filter(d -> !d.delivered()).toList();
    }

    /** Marks these flags delivered to the recipient, after the channel confirmed, and saves. */
    public synchronized void delivered(String recipientId, List<String> flagIds, Instant at) {
        update(recipientId, flagIds, d -> new Delivery(d.flagId(), d.recipientId(), d.queuedAt(), d.attempts(),
                d.lastError(), Optional.of(at), Optional.of(at)));
    }

    /** Counts a failed attempt for these flags and the recipient, and saves. */
    public synchronized void failed(String recipientId, List<String> flagIds, String reason, Instant at) {
        update(recipientId, flagIds, d -> new Delivery(d.flagId(), d.recipientId(), d.queuedAt(), d.attempts() + 1,
                Optional.of(reason), Optional.of(at), Optional.empty()));
    }

    private void update(String recipientId, List<String> flagIds, java.util.function.UnaryOperator<Delivery> change) {
        for (String id : flagIds) {
            Delivery d = deliveries.get(key(id, recipientId));
            if (d == null) {
                throw new IllegalStateException("flag " + id + " was never queued for " + recipientId);
            }
            deliveries.put(key(id, recipientId), change.apply(d));
        }
        save();
    }

    private static String key(String flagId, String recipientId) {
        return recipientId + "\u0000" + flagId;
    }

    private void load() {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            for (JsonNode d : root.path("deliveries")) {
                Delivery delivery = new Delivery(d.path("flag").asText(), d.path("recipient").asText(),
                        Instant.parse(d.path("queued_at").asText()), d.path("attempts").asInt(),
                        text(d, "last_error"), text(d, "last_attempt_at").map(Instant::parse),
                        text(d, "delivered_at").map(Instant::parse));
                deliveries.put(key(delivery.flagId(), delivery.recipientId()), delivery);
            }
        } catch (IOException | RuntimeException e) {
            // Starting empty would re-send every flag to everyone: refuse instead.
            throw new IllegalStateException(file + ": the delivery ledger is unreadable (" + e.getMessage()
                    + "); restore it from a backup before dispatching again", e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private void save() {
        ObjectNode root = JSON.createObjectNode().put("version", 1);
        ArrayNode list = root.putArray("deliveries");
        for (Delivery d : deliveries.values()) {
            ObjectNode o = list.addObject();
            o.put("flag", d.flagId()).put("recipient", d.recipientId()).put("queued_at", d.queuedAt().toString())
                    .put("attempts", d.attempts()).put("last_error", d.lastError().orElse(null))
                    .put("last_attempt_at", d.lastAttemptAt().map(Instant::toString).orElse(null))
                    .put("delivered_at", d.deliveredAt().map(Instant::toString).orElse(null));
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot save the delivery ledger", e);
        }
    }
}
