package org.npswatch.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.store.FlagStore;
import org.npswatch.store.SampleFlags;

/**
 * The whole delivery path on a real SMTP server and a WireMock webhook: flags recorded in a
 * {@link FlagStore}, owed deliveries in a {@link DeliveryLedger}, failures, recoveries and restarts.
 */
class DispatcherTest {
    private static final Instant SUNDAY = Instant.parse("2026-04-05T03:15:00Z");
    private static final Set<FlagType> EARLY_WARNING = Set.of(FlagType.NEW_SUBSTANCE, FlagType.UNKNOWN_NAME);

    @TempDir
    Path data;

    private final int smtpPort = freePort();
    private GreenMail mail;
    private WireMockServer hook;

    @BeforeEach
    void startWebhook() {
        hook = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        hook.start();
    }

    @AfterEach
    void stopServers() {
        hook.stop();
        if (mail != null) {
            mail.stop();
        }
    }

    private void startMail() {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    private Subscriptions subscriptions() {
        SmtpSettings smtp = new SmtpSettings("127.0.0.1", smtpPort, Optional.empty(), false, "alerts@example.org",
                Duration.ofSeconds(3));
        return new Subscriptions(List.of(
                new Recipient("ews-duty", DeliveryChannel.EMAIL, "ews-duty@example.org", EARLY_WARNING,
                        Cadence.IMMEDIATE, Optional.empty()),
                new Recipient("ews-tickets", DeliveryChannel.WEBHOOK, hook.baseUrl() + "/hooks/npswatch",
                        Set.of(FlagType.NEW_SUBSTANCE, FlagType.VOLUME_CHANGE), Cadence.IMMEDIATE,
                        Optional.of("TICKETS_SECRET")),
                new Recipient("research", DeliveryChannel.EMAIL, "research@example.org",
                        Set.of(FlagType.VOLUME_CHANGE, FlagType.PRICE_CHANGE, FlagType.AVAILABILITY), Cadence.DAILY,
                        Optional.empty()),
                new Recipient("analysts", DeliveryChannel.EMAIL, "analysts@example.org", EnumSet.allOf(FlagType.class),
                        Cadence.WEEKLY, Optional.empty()),
                new Recipient("public-feed", DeliveryChannel.FEED, "flags.atom", EnumSet.allOf(FlagType.class),
                        Cadence.IMMEDIATE, Optional.empty())),
                Optional.of(smtp), new WebhookSettings(Duration.ofSeconds(2), 2, Duration.ofMillis(10),
                        Duration.ofMillis(20)), FeedSettings.DEFAULTS);
    }

    /** A dispatcher as the service builds it after a (re)start: everything opened from the data dir. */
    private Dispatcher start(FlagStore store) {
        Subscriptions subs = subscriptions();
        Map<DeliveryChannel, Notifier> notifiers = Map.of(
                DeliveryChannel.EMAIL, new EmailNotifier(subs.smtp().orElseThrow(), name -> Optional.empty()),
                DeliveryChannel.WEBHOOK, new WebhookNotifier(subs.webhook(),
                        name -> name.equals("TICKETS_SECRET") ? Optional.of("tickets-hmac-key") : Optional.empty(),
                        d -> {}, HttpClient.newHttpClient(), Clock.fixed(SUNDAY, ZoneOffset.UTC)),
                DeliveryChannel.FEED, new AtomFeed(data, subs.feed()));
        return new Dispatcher(subs, DeliveryLedger.open(data), notifiers, store::get);
    }

    private FlagStore store() {
        return FlagStore.open(data, Clock.fixed(SUNDAY, ZoneOffset.UTC));
    }

    @Test
    void anSmtpServerThatWasDownGetsEachFlagExactlyOnceWhenBack() throws Exception {
        hook.stubFor(post(urlEqualTo("/hooks/npswatch")).willReturn(aResponse().withStatus(204)));
        try (FlagStore store = store()) {
            Dispatcher.Report first = start(store).dispatch(store.record(SampleFlags.week14()), SUNDAY);
            assertEquals(Set.of("ews-duty"), first.failures().keySet());
            assertEquals(Map.of(
                    "ews-tickets", List.of(SampleFlags.newSubstance().id(), SampleFlags.volumeUp().id()),
                    "public-feed", SampleFlags.week14().stream().map(Flag::id).toList()), first.delivered());
        }
        startMail();
        try (FlagStore store = store()) {
            Dispatcher restarted = start(store);
            Dispatcher.Report second = restarted.dispatch(store.record(SampleFlags.week14()), SUNDAY.plusSeconds(3600));
            assertEquals(Map.of("ews-duty", List.of(SampleFlags.newSubstance().id(), SampleFlags.unknownName().id())),
                    second.delivered());
            assertEquals(Map.of(), second.failures());
            assertEquals(0, restarted.dispatch(List.of(), SUNDAY.plusSeconds(7200)).deliveredCount());
        }
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("[npswatch] 2 new flags: NEW_SUBSTANCE 2-FDCK, UNKNOWN_NAME α-PHiP", received[0].getSubject());
        assertEquals(1, hook.countRequestsMatching(postRequestedFor(urlEqualTo("/hooks/npswatch")).build()).getCount());
        DeliveryLedger.Delivery delivery = DeliveryLedger.open(data)
                .get(SampleFlags.unknownName().id(), "ews-duty").orElseThrow();
        assertEquals(1, delivery.attempts());
        assertEquals(Optional.of(SUNDAY.plusSeconds(3600)), delivery.deliveredAt());
    }

    @Test
    void aWebhookThatFailsIsRetriedOnTheNextRunAndDeliveredOnce() {
        startMail();
        hook.stubFor(post(urlEqualTo("/hooks/npswatch")).willReturn(aResponse().withStatus(503)));
        try (FlagStore store = store()) {
            Dispatcher.Report first = start(store).dispatch(store.record(SampleFlags.week14()), SUNDAY);
            assertEquals(Map.of("ews-tickets", "webhook " + hook.baseUrl() + "/hooks/npswatch answered HTTP 503"
                    + " (gave up after 2 attempts)"), first.failures());
        }
        hook.resetAll();
        hook.stubFor(post(urlEqualTo("/hooks/npswatch")).willReturn(aResponse().withStatus(200)));
        try (FlagStore store = store()) {
            Dispatcher restarted = start(store);
            assertEquals(Map.of("ews-tickets", List.of(SampleFlags.newSubstance().id(), SampleFlags.volumeUp().id())),
                    restarted.dispatch(List.of(), SUNDAY.plusSeconds(600)).delivered());
            assertEquals(0, restarted.dispatch(List.of(), SUNDAY.plusSeconds(1200)).deliveredCount());
        }
        assertEquals(1, hook.countRequestsMatching(postRequestedFor(urlEqualTo("/hooks/npswatch")).build()).getCount());
        assertEquals(1, mail.getReceivedMessages().length);
    }

    @Test
    void digestsWaitForTheirSlotAndAreSentOnce() throws Exception {
        startMail();
        hook.stubFor(post(urlEqualTo("/hooks/npswatch")).willReturn(aResponse().withStatus(204)));
        try (FlagStore store = store()) {
            Dispatcher dispatcher = start(store);
            Dispatcher.Report now = dispatcher.dispatch(store.record(SampleFlags.week14()), SUNDAY);
            assertEquals(Set.of("ews-duty", "ews-tickets", "public-feed"), now.delivered().keySet());
            assertEquals(1, mail.getReceivedMessages().length);

            Dispatcher.Report daily = dispatcher.dispatchDigest(Cadence.DAILY, SUNDAY.plusSeconds(3 * 3600));
            assertEquals(Map.of("research", List.of(SampleFlags.volumeUp().id(), SampleFlags.priceDown().id(),
                    SampleFlags.shopVanished().id())), daily.delivered());
        }
        try (FlagStore store = store()) {
            Dispatcher restarted = start(store);
            Instant monday = Instant.parse("2026-04-06T06:00:00Z");
            assertEquals(Map.of("analysts", SampleFlags.week14().stream().map(Flag::id).toList()),
                    restarted.dispatchDigest(Cadence.WEEKLY, monday).delivered());
            assertEquals(0, restarted.dispatchDigest(Cadence.WEEKLY, monday.plusSeconds(60)).deliveredCount());
            assertEquals(0, restarted.dispatchDigest(Cadence.DAILY, monday.plusSeconds(60)).deliveredCount());
        }
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(List.of("[npswatch] 2 new flags: NEW_SUBSTANCE 2-FDCK, UNKNOWN_NAME α-PHiP",
                "[npswatch] daily digest: 3 new flags", "[npswatch] weekly digest: 5 new flags"),
                java.util.Arrays.stream(received).map(DispatcherTest::subject).toList());
        assertEquals("research@example.org", received[1].getAllRecipients()[0].toString());
        assertEquals("analysts@example.org", received[2].getAllRecipients()[0].toString());
    }

    @Test
    void flagsDetectedAgainAfterARestartAreNotDeliveredAgain() {
        startMail();
        hook.stubFor(post(urlEqualTo("/hooks/npswatch")).willReturn(aResponse().withStatus(204)));
        try (FlagStore store = store()) {
            assertEquals(3, start(store).dispatch(store.record(SampleFlags.week14()), SUNDAY).delivered().size());
        }
        try (FlagStore store = store()) {
            Dispatcher restarted = start(store);
            // Even if a caller passes the same flags again, the ledger knows they were delivered.
            assertEquals(0, restarted.dispatch(SampleFlags.week14(), SUNDAY.plusSeconds(60)).deliveredCount());
            assertEquals(List.of(), store.record(SampleFlags.week14()));
        }
        assertEquals(1, mail.getReceivedMessages().length);
        assertEquals(1, hook.countRequestsMatching(postRequestedFor(urlEqualTo("/hooks/npswatch")).build()).getCount());
        assertTrue(java.nio.file.Files.exists(data.resolve("feed/flags.atom")));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
