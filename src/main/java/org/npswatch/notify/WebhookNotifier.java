package org.npswatch.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.npswatch.model.Flag;

/**
 * Posts a batch as JSON to the recipient's URL, signed so the receiver can check it came from us
 * and is fresh:
 *
 * <ul>
 *   <li>{@code X-Npswatch-Timestamp}: seconds since the epoch when this attempt was made;
 *   <li>{@code X-Npswatch-Signature}: {@code sha256=} and the hex HMAC-SHA256, keyed with the
 *       recipient's secret, of the timestamp, a dot and the raw body. Covering the timestamp means
 *       a captured request cannot be replayed later with a new one; receivers should reject
 *       timestamps more than a few minutes old;
 *   <li>{@code X-Npswatch-Delivery}: the same for every attempt of the same batch, for de-duplication.
 * </ul>
 *
 * Answers 2xx are success; 408, 429, 5xx, timeouts and connection errors are retried with
 * exponential back-off (a Retry-After in seconds is honoured up to the maximum back-off); other
 * answers fail at once. The secret is read from the environment and never logged.
 */
public final class WebhookNotifier implements Notifier {
    /** Waits between attempts; tests pass one that only records the waits. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final String SIGNATURE_HEADER = "X-Npswatch-Signature";
    public static final String TIMESTAMP_HEADER = "X-Npswatch-Timestamp";
    public static final String DELIVERY_HEADER = "X-Npswatch-Delivery";

    private final WebhookSettings settings;
    private final Function<String, Optional<String>> env;
    private final Sleeper sleeper;
    private final HttpClient client;
    private final Clock clock;
    private final FlagRenderer renderer = new FlagRenderer();

    public WebhookNotifier(WebhookSettings settings, Function<String, Optional<String>> env, Sleeper sleeper,
            HttpClient client, Clock clock) {
        this.settings = settings;
        this.env = env;
        this.sleeper = sleeper;
        this.client = client;
        this.clock = clock;
    }

    /** A notifier with the process environment, real sleeps, a fresh HTTP client and the system clock. */
    public static WebhookNotifier create(WebhookSettings settings) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new WebhookNotifier(settings, name -> Optional.ofNullable(System.getenv(name)),
                d -> Thread.sleep(d), client, Clock.systemUTC());
    }

    @Override
    public DeliveryOutcome deliver(Batch batch) {
        String secretEnv = batch.recipient().secretEnv().orElse(WebhookSettings.DEFAULT_SECRET_ENV);
        Optional<String> secret = env.apply(secretEnv).filter(s -> !s.isEmpty());
        if (secret.isEmpty()) {
            return new DeliveryOutcome.Failed("webhook " + batch.recipient().id() + ": the signing secret "
                    + secretEnv + " is not set; nothing is sent unsigned", false);
        }
        byte[] body = renderer.webhookPayload(batch).getBytes(StandardCharsets.UTF_8);
        URI url = URI.create(batch.recipient().address());
        String deliveryId = deliveryId(batch);
        Duration backoff = settings.initialBackoff();
        DeliveryOutcome.Failed last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Attempt result = post(url, body, secret.get(), deliveryId);
            if (result.outcome() instanceof DeliveryOutcome.Delivered delivered) {
                return delivered;
            }
            last = (DeliveryOutcome.Failed) result.outcome();
            if (!last.retryable() || attempt == settings.maxAttempts()) {
                break;
            }
            Duration wait = min(result.retryAfter().orElse(backoff), settings.maxBackoff());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new DeliveryOutcome.Failed(last.reason() + "; interrupted before retrying", true);
            }
            backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
        }
        return new DeliveryOutcome.Failed(last.reason() + (last.retryable()
                ? " (gave up after " + settings.maxAttempts() + " attempts)" : ""), last.retryable());
    }

    private record Attempt(DeliveryOutcome outcome, Optional<Duration> retryAfter) {}

    private Attempt post(URI url, byte[] body, String secret, String deliveryId) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "npswatch-webhook/1")
                .header(TIMESTAMP_HEADER, timestamp)
                .header(SIGNATURE_HEADER, "sha256=" + hmacHex(secret, timestamp, body))
                .header(DELIVERY_HEADER, deliveryId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Attempt(new DeliveryOutcome.Delivered("HTTP " + status + " from " + url), Optional.empty());
            }
            boolean retryable = status == 408 || status == 429 || status >= 500;
            Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                    .filter(v -> v.strip().matches("\\d{1,6}")).map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
            return new Attempt(new DeliveryOutcome.Failed("webhook " + url + " answered HTTP " + status, retryable),
                    retryAfter);
        } catch (IOException e) {
            return new Attempt(new DeliveryOutcome.Failed("webhook " + url + " could not be reached: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), true),
                    Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(new DeliveryOutcome.Failed("webhook " + url + ": interrupted", true), Optional.empty());
        }
    }

    /** The hex HMAC-SHA256 of {@code timestamp + "." + body} keyed with the secret. */
    static String hmacHex(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256 and accepts any non-empty key", e);
        }
    }

    private static String deliveryId(Batch batch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(batch.recipient().id().getBytes(StandardCharsets.UTF_8));
            for (Flag f : batch.flags()) {
                sha.update((byte) 0);
                sha.update(f.id().getBytes(StandardCharsets.UTF_8));
            }
            return "d" + HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
