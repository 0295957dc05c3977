package org.npswatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.npswatch.heldout.HeldOutGenerator;

/**
 * Runs a generated history through the command line the way an outside checker does, in process:
 * {@code import --telegram-export} for every export into a fresh data directory, then
 * {@code detect --replay}, then {@code flags --format jsonl}, whose lines are parsed as JSON.
 */
final class HeldOutPipeline {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the command line gave back. */
    record Result(List<JsonNode> flags, List<String> importLines, String detectLine, Duration importTook, Duration detectTook) {}

    private HeldOutPipeline() {}

    /**
     * @param data a data directory that does not exist yet
     * @param config the config folder (empty, or with a detection.yaml)
     */
    static Result run(HeldOutGenerator.Generated history, Path data, Path config) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> imports = new ArrayList<>();
        for (Path export : history.exports()) {
            CliRun r = expectOk(CliRun.in(data, config, CliRun.WITH_KEY, "import", "--telegram-export", export.toString()), export);
            imports.add(r.lines().getFirst());
        }
        long imported = System.nanoTime();
        CliRun detect = expectOk(CliRun.in(data, config, CliRun.WITH_KEY, "detect", "--replay"), history.dir());
        CliRun flags = expectOk(CliRun.in(data, config, CliRun.WITH_KEY, "flags", "--format", "jsonl"), history.dir());
        List<JsonNode> parsed = flags.lines().stream().map(HeldOutPipeline::json).toList();
        return new Result(parsed, imports, detect.lines().getFirst(), Duration.ofNanos(imported - start),
                Duration.ofNanos(System.nanoTime() - imported));
    }

    private static CliRun expectOk(CliRun r, Path what) {
        if (r.code() != 0) {
            throw new IllegalStateException(what + ": " + r);
        }
        return r;
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("flags --format jsonl printed a line that is not JSON: " + line, e);
        }
    }
}
