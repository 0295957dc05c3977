package org.npswatch.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.FlagType;
import org.npswatch.store.SampleFlags;

/** Sends through a real SMTP server (GreenMail) on a loopback port. */
class EmailNotifierTest {
    private static final String USER = "npswatch-alerts";
    private static final String PASSWORD = "Tr0ub4dor&3-smtp";
    private static final Instant AT = Instant.parse("2026-04-05T03:15:00Z");
    private static final Recipient EWS = new Recipient("ews-duty", DeliveryChannel.EMAIL, "ews-duty@example.org",
            Set.of(FlagType.NEW_SUBSTANCE, FlagType.UNKNOWN_NAME), Cadence.IMMEDIATE, Optional.empty());

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));

    @TempDir
    Path data;

    private SmtpSettings settings() {
        return new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), Optional.of(USER), false,
                "npswatch <alerts@example.org>", Duration.ofSeconds(5));
    }

    @Test
    void sendsOneMessageWithTextAndEscapedHtml() throws Exception {
        EmailNotifier notifier = new EmailNotifier(settings(), env(PASSWORD));
        DeliveryOutcome outcome = notifier.deliver(new Batch(EWS, Cadence.IMMEDIATE,
                List.of(SampleFlags.newSubstance(), SampleFlags.hostileName()), AT));

        assertEquals(new DeliveryOutcome.Delivered("SMTP 127.0.0.1:" + smtp.getSmtp().getPort()
                + " accepted the message to ews-duty@example.org"), outcome);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage m = received[0];
        assertEquals("[npswatch] 2 new flags: NEW_SUBSTANCE 2-FDCK, UNKNOWN_NAME <script>alert('x')</script> & \"Mandy\"",
                m.getSubject());
        assertEquals(List.of("ews-duty@example.org"),
                Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList());
        assertEquals("npswatch <alerts@example.org>", m.getFrom()[0].toString());
        assertEquals(SampleFlags.newSubstance().id() + " " + SampleFlags.hostileName().id(), m.getHeader("X-Npswatch-Flags")[0]);
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"));
        assertTrue(html.isMimeType("text/html"));
        String textBody = (String) text.getContent();
        assertTrue(textBody.contains("2-FDCK offered for the first time: 3 offers in 2 sources (chemshop-nl, tg-nl-markt-4)"),
                textBody);
        assertTrue(textBody.contains("UNKNOWN_NAME: <script>alert('x')</script> & \"Mandy\" (2026-W14)"), textBody);
        String htmlBody = (String) html.getContent();
        assertTrue(htmlBody.contains("<h2>NEW_SUBSTANCE: 2-FDCK (2026-W14)</h2>"), htmlBody);
        assertTrue(htmlBody.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Mandy&quot;"), htmlBody);
        assertFalse(htmlBody.contains("<script>"), htmlBody);
    }

    @Test
    void aRefusedLoginNeverShowsThePasswordInOutcomeOrLog() {
        String wrong = "wr0ng-S3cret!pw";
        EmailNotifier notifier = new EmailNotifier(settings(), env(wrong));
        Subscriptions subs = Subscriptions.of(List.of(EWS), Optional.of(settings()));
        Dispatcher dispatcher = new Dispatcher(subs, DeliveryLedger.open(data), Map.of(DeliveryChannel.EMAIL, notifier),
                id -> Optional.empty());

        Dispatcher.Report[] report = new Dispatcher.Report[1];
        String log = org.npswatch.store.CapturedStderr.during(
                () -> report[0] = dispatcher.dispatch(List.of(SampleFlags.newSubstance()), AT));

        String reason = report[0].failures().get("ews-duty");
        assertTrue(reason.startsWith("SMTP 127.0.0.1:" + smtp.getSmtp().getPort() + " refused the login of " + USER),
                reason);
        assertTrue(log.contains("delivery of 1 flag(s) to ews-duty failed, will retry on the next run: " + reason), log);
        assertFalse(log.contains(wrong), log);
        assertFalse(reason.contains(wrong), reason);
        assertEquals(0, smtp.getReceivedMessages().length);
        assertEquals(1, DeliveryLedger.open(data).get(SampleFlags.newSubstance().id(), "ews-duty").orElseThrow().attempts());
    }

    @Test
    void refusesToSendWhenThePasswordVariableIsMissing() {
        EmailNotifier notifier = new EmailNotifier(settings(), name -> Optional.empty());
        DeliveryOutcome outcome = notifier.deliver(new Batch(EWS, Cadence.IMMEDIATE, List.of(SampleFlags.newSubstance()), AT));
        assertEquals(new DeliveryOutcome.Failed("SMTP user npswatch-alerts is configured but NPSWATCH_SMTP_PASSWORD"
                + " is not set", false), outcome);
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsARetryableFailure() {
        SmtpSettings nowhere = new SmtpSettings("127.0.0.1", DispatcherTest.freePort(), Optional.empty(), false,
                "alerts@example.org", Duration.ofSeconds(2));
        DeliveryOutcome outcome = new EmailNotifier(nowhere, name -> Optional.empty())
                .deliver(new Batch(EWS, Cadence.IMMEDIATE, List.of(SampleFlags.newSubstance()), AT));
        DeliveryOutcome.Failed failed = assertInstanceOf(DeliveryOutcome.Failed.class, outcome);
        assertTrue(failed.retryable());
        assertTrue(failed.reason().startsWith("SMTP 127.0.0.1:" + nowhere.port() + " could not take the message to"
                + " ews-duty@example.org: "), failed.reason());
    }

    static java.util.function.Function<String, Optional<String>> env(String password) {
        return name -> name.equals(SmtpSettings.PASSWORD_ENV) ? Optional.of(password) : Optional.empty();
    }
}
