package org.npswatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome of every crawl or read of a source: when, whether the source was reached, how many
 * pages or messages and offers. Availability detection needs it, because an index only holds what
 * was seen, not the runs that saw nothing. An append-only JSON Lines journal in
 * {@code dataDir/state/runs.jsonl}, flushed per line; a torn last line (crash mid-write) is
 * skipped with a warning.
 */
public final class RunLog {
    /** One run of one source. */
    public record Run(SourceId source, SourceKind kind, String runId, Instant at, boolean reached, int items, int offers) {}

    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    private RunLog(Path file) {
        this.file = file;
    }

    public static RunLog open(Path dataDir) {
        return new RunLog(dataDir.resolve("state").resolve("runs.jsonl"));
    }

    public synchronized void append(Run run) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", run.source().value());
        o.put("kind", run.kind().name());
        o.put("run", run.runId());
        o.put("at", run.at().toString());
        o.put("reached", run.reached());
        o.put("items", run.items());
        o.put("offers", run.offers());
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot append run", e);
        }
    }

    /** Every recorded run in the order they were written. */
    public synchronized List<Run> runs() {
        List<Run> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read run log", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(lines.get(i));
                out.add(new Run(SourceId.of(n.get("source").asText()), SourceKind.valueOf(n.get("kind").asText()),
                        n.get("run").asText(), Instant.parse(n.get("at").asText()), n.get("reached").asBoolean(),
                        n.get("items").asInt(), n.get("offers").asInt()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("{}:{}: skipping unreadable run record ({})", file, i + 1, e.getMessage());
            }
        }
        return out;
    }
}
