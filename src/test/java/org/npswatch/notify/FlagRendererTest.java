package org.npswatch.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.store.SampleFlags;

class FlagRendererTest {
    private static final Instant AT = Instant.parse("2026-04-05T03:15:00Z");
    private static final Recipient EWS = new Recipient("ews-duty", DeliveryChannel.EMAIL, "ews@example.org",
            Set.of(FlagType.UNKNOWN_NAME), Cadence.IMMEDIATE, Optional.empty());
    private final FlagRenderer renderer = new FlagRenderer();

    @Test
    void escapesMarkupAndAmpersandsInHtml() {
        String html = renderer.html(new Batch(EWS, Cadence.IMMEDIATE, List.of(SampleFlags.hostileName()), AT));

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("& \""), html);
        assertTrue(html.contains("<h2>UNKNOWN_NAME: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Mandy&quot;"
                + " (2026-W14)</h2>"), html);
        assertTrue(html.contains("<li><code>https://chemshop.example/p?id=7&amp;ref=&lt;b&gt;</code></li>"), html);
    }

    @Test
    void plainTextKeepsTheNameAsWrittenButOnOneLine() {
        Flag sneaky = SampleFlags.unknownName();
        Flag twoLines = new Flag(sneaky.id(), sneaky.type(), "α-PHiP\r\nBcc: victim@example.org", sneaky.source(),
                sneaky.week(), sneaky.severity(), sneaky.direction(), sneaky.series(), sneaky.numbers(),
                sneaky.evidence(), sneaky.dedupKey(), sneaky.state(), sneaky.explanation());
        Batch batch = new Batch(EWS, Cadence.IMMEDIATE, List.of(twoLines), AT);

        assertEquals("[npswatch] UNKNOWN_NAME: α-PHiP  Bcc: victim@example.org (2026-W14)", renderer.subject(batch));
        assertEquals("""
                npswatch raised 1 new flag.

                UNKNOWN_NAME: α-PHiP  Bcc: victim@example.org (2026-W14)
                unknown substance-like name α-PHiP (spellings: a-PHiP, α-PHiP) seen 2 time(s) in tg-nl-markt-4
                  severity: medium, state: open
                  numbers: observed 2 (method folded-name)
                  source: tg-nl-markt-4
                  flag id: %s
                  evidence:
                    telegram:tg-nl-markt-4/18240
                    telegram:tg-nl-markt-4/18301

                --\s
                npswatch: confirm or dismiss with `npswatch flag confirm|dismiss ID [--note TEXT]`.
                """.formatted(sneaky.id()), renderer.text(batch));
    }

    @Test
    void jsonHasTheStableKeysAndSurvivesHostileText() throws Exception {
        JsonNode volume = new ObjectMapper().readTree(renderer.jsonLine(SampleFlags.volumeUp()));
        List<String> keys = new ArrayList<>();
        volume.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("id", "type", "substance", "week", "direction", "series", "state", "severity", "source",
                "numbers", "evidence", "explanation"), keys);
        assertEquals(SampleFlags.volumeUp().id(), volume.get("id").asText());
        assertEquals("VOLUME_CHANGE", volume.get("type").asText());
        assertEquals("3-MMC", volume.get("substance").asText());
        assertEquals("2026-W14", volume.get("week").asText());
        assertEquals("up", volume.get("direction").asText());
        assertEquals("posts", volume.get("series").asText());
        assertEquals("open", volume.get("state").asText());
        assertEquals("0.00001234", volume.get("numbers").get("statistic").decimalValue().toPlainString());

        JsonNode hostile = new ObjectMapper().readTree(renderer.jsonLine(SampleFlags.hostileName()));
        assertEquals("<script>alert('x')</script> & \"Mandy\"", hostile.get("substance").asText());
        assertTrue(hostile.get("direction").isNull());
        assertTrue(hostile.get("series").isNull());
    }

    @Test
    void webhookPayloadCarriesTheBatch() throws Exception {
        Recipient hook = new Recipient("ews-tickets", DeliveryChannel.WEBHOOK, "https://h.example.org/n",
                Set.of(FlagType.values()), Cadence.DAILY, Optional.empty());
        JsonNode payload = new ObjectMapper().readTree(renderer.webhookPayload(
                new Batch(hook, Cadence.DAILY, SampleFlags.week14(), AT)));
        assertEquals("digest", payload.get("event").asText());
        assertEquals("daily", payload.get("cadence").asText());
        assertEquals("ews-tickets", payload.get("recipient").asText());
        assertEquals("2026-04-05T03:15:00Z", payload.get("sent_at").asText());
        assertEquals(5, payload.get("flags").size());
        assertEquals("down", payload.get("flags").get(3).get("direction").asText());
        assertEquals("median_price_per_gram", payload.get("flags").get(3).get("series").asText());
    }

    @Test
    void digestSubjectCountsTheFlags() {
        Recipient analysts = new Recipient("analysts", DeliveryChannel.EMAIL, "a@example.org",
                Set.of(FlagType.values()), Cadence.WEEKLY, Optional.empty());
        assertEquals("[npswatch] weekly digest: 5 new flags",
                renderer.subject(new Batch(analysts, Cadence.WEEKLY, SampleFlags.week14(), AT)));
        assertEquals("[npswatch] 5 new flags: NEW_SUBSTANCE 2-FDCK, UNKNOWN_NAME α-PHiP, VOLUME_CHANGE 3-MMC, ...",
                renderer.subject(new Batch(analysts, Cadence.IMMEDIATE, SampleFlags.week14(), AT)));
    }
}
