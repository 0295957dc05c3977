package org.npswatch.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
final class RetryAfter {
    private RetryAfter() {}

    /**
     * @param value the header value
     * @param now the time the response arrived, to turn a date into a wait
     * @return the wait, zero for a date in the past, empty for a value that is neither form
     */
    static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,10}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
