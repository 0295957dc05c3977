package org.npswatch.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.npswatch.bench.HeapSampler;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.index.OfferIndex;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.store.RunLog;

/**
 * The measured part of {@link TelegramYearBenchmark}, run in a child JVM so that its heap bound
 * (-Xmx2g, the aim) is the JVM's own and not the test runner's. Times, in this order:
 * (a) reading and JSON-parsing the export alone, (b) the whole import through
 * {@link TelegramMonitor#importExport}, (a) again (so the baseline is read both before and after,
 * with the file in the page cache both times); then, untimed, scores what was indexed against
 * the generator's truth file. Writes {@code key=value} lines to the result file.
 *
 * <p>Arguments: export, truth file, data directory, result file, first instant, span in days.
 */
public final class TelegramYearRun {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SourceId SOURCE = SourceId.of("bench-year");

    private TelegramYearRun() {}

    public static void main(String[] args) throws IOException {
        Path export = Path.of(args[0]);
        Path truth = Path.of(args[1]);
        Path data = Path.of(args[2]);
        Path result = Path.of(args[3]);
        Instant first = Instant.parse(args[4]);
        Duration span = Duration.ofDays(Long.parseLong(args[5]));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        out.put("processors", Runtime.getRuntime().availableProcessors());
        out.put("export_mb", Files.size(export) >> 20);

        readAlone(export, "read1", out);
        if (Boolean.getBoolean("npswatch.bench.compare")) {
            // the sequential import (one thread, as before the pipeline) into a data directory of its own
            importAll(export, data.resolveSibling(data.getFileName() + "-sequential"), out, "import_seq",
                    PipelinedImport.Settings.SEQUENTIAL);
        }
        importAll(export, data, out, "import", threads());
        readAlone(export, "read2", out);
        flush(result, out);

        long start = System.nanoTime();
        try (OfferIndex index = OfferIndex.open(data, Lexicon.fromClasspath())) {
            TruthScore score = TruthScore.of(truth, index, first.minus(Duration.ofDays(2)), first.plus(span).plus(Duration.ofDays(2)));
            score.into(out);
        }
        out.put("score_s", (System.nanoTime() - start) / 1e9);
        flush(result, out);
    }

    /** (a): the baseline, Jackson streaming over all messages with a tree per message, as the reader does, without mapping. */
    private static void readAlone(Path export, String key, Map<String, Object> out) throws IOException {
        HeapSampler heap = HeapSampler.start();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        long messages = 0;
        long chars = 0;
        try (InputStream in = Files.newInputStream(export); JsonParser p = MAPPER.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("messages") && p.nextToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode message = p.readValueAsTree();
                        chars += message.path("text").asText("").length();
                        messages++;
                    }
                }
            }
        }
        long nanos = System.nanoTime() - start;
        put(out, key, nanos, messages, heap.stop());
        out.put(key + "_cpu_s", (processCpuNanos() - cpu) / 1e9);
        out.put(key + "_text_chars", chars);
        System.out.printf("%s: %d messages in %.1f s%n", key, messages, nanos / 1e9);
    }

    /** The import's threads: as on this machine, or {@code -Dnpswatch.bench.workers=N} (0: sequential). */
    private static PipelinedImport.Settings threads() {
        String workers = System.getProperty("npswatch.bench.workers");
        if (workers == null) {
            return PipelinedImport.Settings.forThisMachine();
        }
        int n = Integer.parseInt(workers);
        return n == 0 ? PipelinedImport.Settings.SEQUENTIAL : new PipelinedImport.Settings(n, 256, 4 * n);
    }

    /** (b): the whole import as {@code npswatch import --telegram-export} runs it, into an empty data directory. */
    private static void importAll(Path export, Path data, Map<String, Object> out, String key,
            PipelinedImport.Settings threads) {
        long setup = System.nanoTime();
        Lexicon lexicon = Lexicon.fromClasspath();
        try (OfferIndex index = OfferIndex.open(data, lexicon)) {
            TelegramMonitor monitor = new TelegramMonitor(data, lexicon, index, RunLog.open(data),
                    new Pseudonymiser("benchmark-key-not-secret-0123456789"), threads);
            out.put(key + "_threads", threads.workers() == 0 ? "sequential" : threads.workers() + " workers");
            out.put(key + "_setup_s", (System.nanoTime() - setup) / 1e9);
            HeapSampler heap = HeapSampler.start();
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            TelegramMonitor.Outcome o = monitor.importExport(export, SOURCE, SourceKind.TELEGRAM_GROUP, Instant.now());
            long nanos = System.nanoTime() - start;
            put(out, key, nanos, o.messages(), heap.stop());
            out.put(key + "_cpu_s", (processCpuNanos() - cpu) / 1e9);
            out.put(key + "_posts", o.posts());
            out.put(key + "_offers", o.offers());
            out.put(key + "_requests", o.requests());
            out.put(key + "_duplicates", o.duplicates());
            out.put(key + "_service", o.serviceSkipped());
            out.put(key + "_malformed", o.malformed());
            out.put(key + "_sellers", o.sellers().size());
            out.put(key + "_unknown_candidates", o.unknownCandidates().size());
            System.out.printf("%s (%s): %d messages, %d posts in %.1f s%n", key, out.get(key + "_threads"), o.messages(),
                    o.posts(), nanos / 1e9);
        }
        try (var files = Files.walk(data.resolve(OfferIndex.INDEX_DIR))) {
            out.put(key + "_index_mb", files.filter(Files::isRegularFile).mapToLong(TelegramYearRun::size).sum() >> 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of this JVM, all threads (GC and compiler included): what the work cost, whatever the load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<String, Object> out, String key, long nanos, long messages, HeapSampler.Reading heap) {
        out.put(key + "_s", nanos / 1e9);
        out.put(key + "_messages", messages);
        out.put(key + "_per_s", messages / (nanos / 1e9));
        out.put(key + "_peak_heap_mb", heap.peakUsedBytes() >> 20);
        out.put(key + "_max_after_gc_mb", heap.maxAfterGcBytes() >> 20);
        out.put(key + "_gc_count", heap.gcCount());
        out.put(key + "_gc_ms", heap.gcMillis());
    }

    private static void flush(Path result, Map<String, Object> out) throws IOException {
        try (Writer w = Files.newBufferedWriter(result, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Object> e : out.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
    }

    /** Reads the generator's truth file: message id, intent, ad id or "-". */
    static void readTruth(Path truth, byte[] intents, int[] ads) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                int id = Integer.parseInt(line, 0, a, 10);
                intents[id] = switch (line.substring(a + 1, b)) {
                    case "offer" -> 0;
                    case "request" -> 1;
                    case "other" -> 2;
                    default -> 3;
                };
                ads[id] = line.charAt(b + 1) == '-' ? -1 : Integer.parseInt(line, b + 1, line.length(), 10);
            }
        }
    }
}
