package org.npswatch.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npswatch.model.FlagType;
import org.npswatch.store.SampleFlags;

class WebhookNotifierTest {
    private static final Instant AT = Instant.parse("2026-04-05T03:15:00Z");
    private static final String SECRET = "whsec-7f3a9c1e5b2d";
    private static final String PATH = "/hooks/npswatch";

    private WireMockServer server;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private WebhookNotifier notifier(WebhookSettings settings) {
        return new WebhookNotifier(settings,
                name -> name.equals("NPSWATCH_WEBHOOK_SECRET") ? Optional.of(SECRET) : Optional.empty(),
                sleeps::add, HttpClient.newHttpClient(), Clock.fixed(AT, ZoneOffset.UTC));
    }

    private WebhookNotifier notifier() {
        return notifier(WebhookSettings.DEFAULTS);
    }

    private Batch batch(String url) {
        Recipient r = new Recipient("ews-tickets", DeliveryChannel.WEBHOOK, url, Set.of(FlagType.NEW_SUBSTANCE),
                Cadence.IMMEDIATE, Optional.empty());
        return new Batch(r, Cadence.IMMEDIATE, List.of(SampleFlags.newSubstance(), SampleFlags.hostileName()), AT);
    }

    private List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void signsTimestampAndRawBodyWithTheSecret() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(202)));

        DeliveryOutcome outcome = notifier().deliver(batch(server.baseUrl() + PATH));

        assertEquals(new DeliveryOutcome.Delivered("HTTP 202 from " + server.baseUrl() + PATH), outcome);
        List<LoggedRequest> got = requests();
        assertEquals(1, got.size());
        LoggedRequest request = got.getFirst();
        String timestamp = request.getHeader("X-Npswatch-Timestamp");
        assertEquals(Long.toString(AT.getEpochSecond()), timestamp);
        assertEquals("sha256=" + hmac(SECRET, timestamp + "." + request.getBodyAsString()),
                request.getHeader("X-Npswatch-Signature"));
        assertEquals("application/json; charset=UTF-8", request.getHeader("Content-Type"));
        JsonNode body = new ObjectMapper().readTree(request.getBody());
        assertEquals("flags", body.get("event").asText());
        assertEquals(List.of(SampleFlags.newSubstance().id(), SampleFlags.hostileName().id()),
                List.of(body.get("flags").get(0).get("id").asText(), body.get("flags").get(1).get("id").asText()));
        assertEquals("<script>alert('x')</script> & \"Mandy\"", body.get("flags").get(1).get("substance").asText());
        assertFalse(request.getAllHeaderKeys().stream().anyMatch(k -> request.getHeader(k).contains(SECRET)));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void retriesAServerErrorAndDeliversOnce() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));

        DeliveryOutcome outcome = notifier().deliver(batch(server.baseUrl() + PATH));

        assertEquals(new DeliveryOutcome.Delivered("HTTP 200 from " + server.baseUrl() + PATH), outcome);
        List<LoggedRequest> got = requests();
        assertEquals(2, got.size());
        assertEquals(got.get(0).getHeader("X-Npswatch-Delivery"), got.get(1).getHeader("X-Npswatch-Delivery"));
        assertEquals(got.get(0).getBodyAsString(), got.get(1).getBodyAsString());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    }

    @Test
    void backsOffExponentiallyUpToTheCapThenGivesUp() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(502)));
        WebhookSettings settings = new WebhookSettings(Duration.ofSeconds(2), 5, Duration.ofSeconds(1), Duration.ofSeconds(3));

        DeliveryOutcome outcome = notifier(settings).deliver(batch(server.baseUrl() + PATH));

        assertEquals(new DeliveryOutcome.Failed("webhook " + server.baseUrl() + PATH + " answered HTTP 502"
                + " (gave up after 5 attempts)", true), outcome);
        assertEquals(5, requests().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3)),
                sleeps);
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)));

        DeliveryOutcome outcome = notifier().deliver(batch(server.baseUrl() + PATH));

        assertEquals(new DeliveryOutcome.Failed("webhook " + server.baseUrl() + PATH + " answered HTTP 401", false),
                outcome);
        assertEquals(1, requests().size());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void honoursRetryAfterOnTooManyRequests() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("free"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(204)));

        assertInstanceOf(DeliveryOutcome.Delivered.class, notifier().deliver(batch(server.baseUrl() + PATH)));
        assertEquals(2, requests().size());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }

    @Test
    void retriesTimeoutsAndRefusedConnections() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
        WebhookSettings quick = new WebhookSettings(Duration.ofMillis(300), 2, Duration.ofSeconds(1), Duration.ofSeconds(30));

        DeliveryOutcome.Failed slow = assertInstanceOf(DeliveryOutcome.Failed.class,
                notifier(quick).deliver(batch(server.baseUrl() + PATH)));
        assertTrue(slow.retryable());
        assertTrue(slow.reason().startsWith("webhook " + server.baseUrl() + PATH + " could not be reached:"
                + " HttpTimeoutException"), slow.reason());
        assertEquals(2, requests().size());

        String closed = "http://127.0.0.1:" + DispatcherTest.freePort() + PATH;
        DeliveryOutcome.Failed refused = assertInstanceOf(DeliveryOutcome.Failed.class,
                notifier(quick).deliver(batch(closed)));
        assertTrue(refused.retryable());
        assertTrue(refused.reason().startsWith("webhook " + closed + " could not be reached: ConnectException"),
                refused.reason());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeps);
    }

    @Test
    void sendsNothingUnsignedWhenTheSecretIsMissing() {
        Recipient r = new Recipient("partner", DeliveryChannel.WEBHOOK, server.baseUrl() + PATH,
                Set.of(FlagType.NEW_SUBSTANCE), Cadence.IMMEDIATE, Optional.of("PARTNER_SECRET"));

        DeliveryOutcome outcome = notifier().deliver(new Batch(r, Cadence.IMMEDIATE, List.of(SampleFlags.newSubstance()), AT));

        assertEquals(new DeliveryOutcome.Failed("webhook partner: the signing secret PARTNER_SECRET is not set;"
                + " nothing is sent unsigned", false), outcome);
        assertEquals(0, requests().size());
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
