package org.npswatch.fetch.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.config.FetchLimits;

/**
 * One polite GET of a preview page: follows redirects (a private channel redirects to its join
 * page), honours 429 Retry-After, retries 5xx and I/O errors with doubling back-off, caps the body
 * size, and fails with a {@link TelegramSourceException} that names the channel and the URL.
 */
final class PreviewHttp {
    /** First back-off after a 5xx or I/O error; doubles on each retry. */
    static final Duration BACKOFF_BASE = Duration.ofSeconds(1);

    private final HttpClient client;
    private final FetchLimits limits;
    private final Sleeper sleeper;

    /** A page as received: the body and the address it finally came from. */
    record Response(URI url, String body) {}

    PreviewHttp(FetchLimits limits, Sleeper sleeper) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Response get(URI url, String userAgent, String channel) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(limits.readTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", "text/html")
                .GET()
                .build();
        String lastProblem = "";
        for (int attempt = 0; attempt <= limits.maxRetries(); attempt++) {
            boolean lastAttempt = attempt == limits.maxRetries();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status == 200) {
                    return new Response(response.uri(), readCapped(response, channel));
                }
                response.body().close();
                lastProblem = "HTTP " + status;
                if (status == 429) {
                    Duration wait = retryAfter(response).orElse(backoff(attempt));
                    if (wait.compareTo(limits.maxRetryAfter()) > 0) {
                        throw failure(channel, url, "rate limited (HTTP 429) with Retry-After " + wait.toSeconds()
                                + " s, longer than the " + limits.maxRetryAfter().toSeconds() + " s honoured");
                    }
                    if (!lastAttempt) {
                        pause(wait, channel, url);
                    }
                } else if (status >= 500) {
                    if (!lastAttempt) {
                        pause(backoff(attempt), channel, url);
                    }
                } else {
                    throw failure(channel, url, "unexpected HTTP " + status);
                }
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (!lastAttempt) {
                    pause(backoff(attempt), channel, url);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(channel, url, "interrupted while fetching");
            }
        }
        throw failure(channel, url, "still failing after " + (limits.maxRetries() + 1) + " attempts, last: " + lastProblem);
    }

    private String readCapped(HttpResponse<InputStream> response, String channel) throws IOException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, limits.maxPageBytes() + 1)));
            if (bytes.length > limits.maxPageBytes()) {
                // A cut page would silently lose its oldest messages; fail instead.
                throw failure(channel, response.uri(), "page larger than " + limits.maxPageBytes() + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    void pause(Duration wait, String channel, URI url) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(channel, url, "interrupted while waiting");
        }
    }

    private static Duration backoff(int attempt) {
        return BACKOFF_BASE.multipliedBy(1L << Math.min(attempt, 10));
    }

    /** Retry-After as delta-seconds or as an HTTP date (RFC 9110 allows both). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(PreviewHttp::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit) && !v.isEmpty() && v.length() < 10) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(Instant.now(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static TelegramSourceException failure(String channel, URI url, String what) {
        return new TelegramSourceException(
                channel, Optional.of(url), "Telegram preview of '" + channel + "' at " + url + ": " + what);
    }
}
