package org.npswatch.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void readsDelaySeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
    }

    @Test
    void readsAnHttpDateRelativeToTheResponseTime() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Mon, 23 Nov 2026 10:01:30 GMT", NOW));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 23 Nov 2026 09:00:00 GMT", NOW));
    }

    @Test
    void ignoresGarbage() {
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
    }
}
