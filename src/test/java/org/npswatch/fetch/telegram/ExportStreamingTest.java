package org.npswatch.fetch.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export reader's memory stays flat: a file many times larger than the heap is read whole. */
class ExportStreamingTest {
    private static final String[] TEXTS = {
        "❄️ Cocaine 1g - 60 | 2g - 110 | 5g - 275\n🚗 Bezorging 010, Schiedam\n📲 DM @seller%d",
        "💊 Tesla 250mg - 10 voor 40 | 50 voor 150\n💎 MDMA kristal 1g - 25 | 5g - 100 (%d)",
        "zoek 3mmc in utrecht, iemand? %d",
        "Goedemorgen allemaal ☀️ %d",
    };

    @TempDir
    Path dir;

    /** Writes an export of {@code messages} messages, every tenth a service message, every third with a text array. */
    static void writeExport(Path file, int messages) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("name", "Synthetic Groep NL");
            g.writeStringField("type", "public_supergroup");
            g.writeNumberField("id", 1700000000L);
            g.writeArrayFieldStart("messages");
            long t = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
            for (int i = 1; i <= messages; i++) {
                g.writeStartObject();
                g.writeNumberField("id", i);
                g.writeStringField("type", i % 10 == 0 ? "service" : "message");
                g.writeStringField("date", "2026-01-01T01:00:00");
                g.writeStringField("date_unixtime", Long.toString(t + i * 12L));
                g.writeStringField("from", "Verkoper " + (i % 9900));
                g.writeStringField("from_id", "user" + (5_000_000_000L + i % 9900));
                String text = TEXTS[i % TEXTS.length].formatted(i);
                if (i % 3 == 0) {
                    g.writeArrayFieldStart("text");
                    g.writeStartObject();
                    g.writeStringField("type", "bold");
                    g.writeStringField("text", "AANBIEDING ");
                    g.writeEndObject();
                    g.writeString(text);
                    g.writeEndArray();
                } else {
                    g.writeStringField("text", text);
                }
                g.writeArrayFieldStart("text_entities");
                g.writeStartObject();
                g.writeStringField("type", "plain");
                g.writeStringField("text", text);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static String probe(Path file, String maxHeap) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-cp",
                        System.getProperty("java.class.path"), ExportReadProbe.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe did not finish");
        assertEquals(0, p.exitValue(), out);
        return out.strip();
    }

    @Test
    void readsAnExportFarLargerThanTheHeap() throws Exception {
        Path file = dir.resolve("result.json");
        long start = System.nanoTime();
        writeExport(file, 100_000);
        long written = System.nanoTime();
        long bytes = Files.size(file);
        assertTrue(bytes > 32L * 1024 * 1024, "the export must dwarf the 16 MB heap, is " + bytes);

        String out = probe(file, "16m");
        System.out.printf("wrote %d MB in %d ms, probe: %s%n", bytes >> 20, (written - start) / 1_000_000, out);

        assertTrue(out.startsWith("read=100000 posts=90000 service=10000 malformed=0 "), out);
    }

    /** A year of a busy group (issue 3): 2.5 million messages. Run with -Pbenchmark. */
    @Test
    @Tag("benchmark")
    void readsAYearOfGroupTrafficInFlatMemory() throws Exception {
        Path file = dir.resolve("year.json");
        writeExport(file, 2_500_000);

        String out = probe(file, "64m");

        System.out.println("export of " + Files.size(file) / (1024 * 1024) + " MB with -Xmx64m: " + out);
        assertTrue(out.startsWith("read=2500000 posts=2250000 "), out);
    }
}
