package org.npswatch.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.npswatch.config.ConfigException;
import org.npswatch.model.FlagType;

class NotifyConfigLoaderTest {
    private static final Path DIR = Path.of("src/test/resources/notify/config");

    @Test
    void readsEveryRecipientAndChannelSetting() {
        Subscriptions s = NotifyConfigLoader.load(DIR.resolve("notify.yaml"));

        assertEquals(Optional.of(new SmtpSettings("smtp.example.org", 587, Optional.of("npswatch-alerts"), true,
                "npswatch <alerts@example.org>", Duration.ofSeconds(30))), s.smtp());
        assertEquals(new WebhookSettings(Duration.ofSeconds(10), 4, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                s.webhook());
        assertEquals(new FeedSettings("npswatch early-warning flags", 200), s.feed());
        assertEquals(List.of(
                new Recipient("ews-duty", DeliveryChannel.EMAIL, "ews-duty@example.org",
                        Set.of(FlagType.NEW_SUBSTANCE, FlagType.UNKNOWN_NAME), Cadence.IMMEDIATE, Optional.empty()),
                new Recipient("ews-tickets", DeliveryChannel.WEBHOOK, "https://tickets.example.org/hooks/npswatch",
                        Set.of(FlagType.NEW_SUBSTANCE, FlagType.UNKNOWN_NAME, FlagType.VOLUME_CHANGE,
                                FlagType.SCHEDULED_STILL_OFFERED), Cadence.IMMEDIATE,
                        Optional.of("NPSWATCH_WEBHOOK_SECRET_TICKETS")),
                new Recipient("analysts", DeliveryChannel.EMAIL, "analysts@example.org",
                        EnumSet.allOf(FlagType.class), Cadence.WEEKLY, Optional.empty()),
                new Recipient("research", DeliveryChannel.EMAIL, "research@example.org",
                        Set.of(FlagType.VOLUME_CHANGE, FlagType.PRICE_CHANGE, FlagType.AVAILABILITY), Cadence.DAILY,
                        Optional.empty()),
                new Recipient("public-feed", DeliveryChannel.FEED, "flags.atom", EnumSet.allOf(FlagType.class),
                        Cadence.IMMEDIATE, Optional.empty())),
                s.recipients());
        assertEquals(List.of("ews-duty", "ews-tickets", "analysts", "public-feed"),
                s.recipientsFor(FlagType.UNKNOWN_NAME).stream().map(Recipient::id).toList());
    }

    @Test
    void theShippedExampleLoads() {
        assertEquals(5, NotifyConfigLoader.load(Path.of("crawl-config/notify.yaml.example")).recipients().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "broken-key-typo.yaml|4|recipients[0].adress|unknown key; allowed here: [address, cadence, channel, id, secret_env, types]",
        "broken-password.yaml|4|smtp.password|do not put the password in the file; set NPSWATCH_SMTP_PASSWORD",
        "broken-type.yaml|12|recipients[1].types[1]|unknown flag type 'NEW_SUBSTANCES'; known: [NEW_SUBSTANCE, UNKNOWN_NAME, VOLUME_CHANGE, PRICE_CHANGE, AVAILABILITY, SCHEDULED_STILL_OFFERED]",
        "broken-no-smtp.yaml|3|recipients[0].channel|e-mail recipients need an 'smtp' section",
        "broken-duration.yaml|2|webhook.timeout|must be a positive duration like 500ms, 10s, 2m or 1h, got 'ten seconds'",
    })
    void namesFileLineAndKeyOfEachMistake(String name, int line, String key, String problem) {
        Path file = DIR.resolve(name);
        ConfigException e = assertThrows(ConfigException.class, () -> NotifyConfigLoader.load(file));
        assertEquals(file + ":" + line + ": " + key + ": " + problem, e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }
}
