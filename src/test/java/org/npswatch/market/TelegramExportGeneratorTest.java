package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramExportGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void writesAnExportInTelegramDesktopShapeWithATruthLinePerMessage() throws Exception {
        TelegramExportGenerator.Spec spec = new TelegramExportGenerator.Spec(7, 2_000, 60, 40,
                Instant.parse("2026-01-05T00:00:00Z"), Duration.ofDays(70));
        Path export = dir.resolve("result.json");
        Path truth = dir.resolve("truth.tsv");
        new TelegramExportGenerator(spec).write(export, truth);

        JsonNode root = new ObjectMapper().readTree(export.toFile());
        assertEquals("public_supergroup", root.get("type").asText());
        JsonNode messages = root.get("messages");
        assertEquals(2_000, messages.size());
        List<String> lines = Files.readAllLines(truth);
        assertEquals(2_000, lines.size());
        long offers = lines.stream().filter(l -> l.split("\t")[1].equals("offer")).count();
        long services = lines.stream().filter(l -> l.split("\t")[1].equals("service")).count();
        assertTrue(offers > 1_700 && offers < 1_850, "offers " + offers);
        assertTrue(services > 5 && services < 40, "service messages " + services);
        long ads = lines.stream().map(l -> l.split("\t")[2]).filter(a -> !a.equals("-")).distinct().count();
        assertTrue(ads > 50 && ads <= 60, "distinct ads " + ads);

        JsonNode first = messages.get(0);
        assertTrue(first.get("date").asText().startsWith("2026-01-05T"));
        for (JsonNode m : messages) {
            if (m.get("type").asText().equals("message")) {
                assertTrue(m.get("from_id").asText().matches("user\\d+"));
                assertEquals(m.get("text").asText(), m.get("text_entities").get(0).get("text").asText());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameBytes() throws Exception {
        TelegramExportGenerator g = new TelegramExportGenerator(TelegramExportGenerator.Spec.small(3));
        g.write(dir.resolve("a.json"), null);
        g.write(dir.resolve("b.json"), null);
        assertEquals(-1, Files.mismatch(dir.resolve("a.json"), dir.resolve("b.json")));
    }
}
