package org.npswatch.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryLedgerTest {
    private static final Instant T0 = Instant.parse("2026-04-05T03:15:00Z");

    @TempDir
    Path data;

    @Test
    void keepsAttemptsErrorsAndDeliveriesAcrossRestarts() {
        DeliveryLedger ledger = DeliveryLedger.open(data);
        ledger.queue("ews-duty", List.of("f1", "f2"), T0);
        ledger.queue("ews-duty", List.of("f2", "f3"), T0.plusSeconds(5));
        ledger.failed("ews-duty", List.of("f1", "f2"), "SMTP down", T0.plusSeconds(10));
        ledger.delivered("ews-duty", List.of("f1"), T0.plusSeconds(20));

        DeliveryLedger reopened = DeliveryLedger.open(data);
        assertEquals(new DeliveryLedger.Delivery("f1", "ews-duty", T0, 1, Optional.of("SMTP down"),
                Optional.of(T0.plusSeconds(20)), Optional.of(T0.plusSeconds(20))), reopened.get("f1", "ews-duty").orElseThrow());
        assertEquals(List.of("f2", "f3"), reopened.pending("ews-duty").stream().map(DeliveryLedger.Delivery::flagId).toList());
        assertEquals(T0, reopened.get("f2", "ews-duty").orElseThrow().queuedAt());
        assertEquals(1, reopened.get("f2", "ews-duty").orElseThrow().attempts());
        assertEquals(List.of(), reopened.pending("analysts"));
        assertTrue(reopened.knows("f3", "ews-duty"));
    }

    @Test
    void refusesAnUnreadableLedgerInsteadOfStartingEmpty() throws IOException {
        Path file = data.resolve("notify/deliveries.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\":1,\"deliveries\":[{\"flag\":\"f1\",");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DeliveryLedger.open(data));
        assertTrue(e.getMessage().startsWith(file + ": the delivery ledger is unreadable"), e.getMessage());
    }
}
