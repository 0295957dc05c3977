package org.npswatch.fetch.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreviewHttpTest {
    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), PreviewHttp.parseRetryAfter("7"));
        assertEquals(Optional.of(Duration.ZERO), PreviewHttp.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        String inAMinute = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60).format(DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = PreviewHttp.parseRetryAfter(inAMinute).orElseThrow();
        assertTrue(wait.toSeconds() > 50 && wait.toSeconds() <= 60, wait.toString());
        assertEquals(Optional.empty(), PreviewHttp.parseRetryAfter("soon"));
        assertEquals(Optional.empty(), PreviewHttp.parseRetryAfter(""));
    }
}
