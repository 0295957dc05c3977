package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.market.TelegramExportGenerator;

/**
 * Issue 3's benchmark: a year of Dutch group traffic (2.5 million messages, 55,000 unique ads,
 * 9,900 sellers) imported whole (read, pseudonymise, intent, substances, tiers, de-duplication,
 * index in batches), against reading and JSON-parsing the same export alone in the same run, with
 * the heap bounded at the aim (-Xmx2g) in a child JVM ({@link TelegramYearRun}), then
 * scored against the generator's truth.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbenchmark test -Dtest=TelegramYearBenchmark}. Options:
 * {@code -Dnpswatch.bench.scale=0.1} (a tenth of the year: messages, ads and sellers scaled
 * alike), {@code -Dnpswatch.bench.xmx=2g}, {@code -Dnpswatch.bench.jfr=true} (a Flight Recorder
 * profile of the child into target/benchmarks/), {@code -Dnpswatch.bench.workers=N} (analysis
 * threads of the import; 0 runs it sequentially; default one per processor),
 * {@code -Dnpswatch.bench.compare=true} (also time the sequential import first, into a data
 * directory of its own, as a same-run reference), {@code -Dnpswatch.bench.dir=DIR} (where the
 * export is written and kept for the next run; default target/bench-telegram). Generation is not
 * timed. The table goes to {@code target/benchmarks/telegram-year.md}.
 */
@Tag("benchmark")
class TelegramYearBenchmark {
    private static final long SEED = 2024;

    @TempDir
    Path dataParent;

    @Test
    void importsAYearOfGroupTrafficWithinTheHeapBound() throws IOException, InterruptedException {
        double scale = Double.parseDouble(System.getProperty("npswatch.bench.scale", "1"));
        String xmx = System.getProperty("npswatch.bench.xmx", "2g");
        boolean jfr = Boolean.getBoolean("npswatch.bench.jfr");
        TelegramExportGenerator.Spec full = TelegramExportGenerator.Spec.fullYear(SEED);
        TelegramExportGenerator.Spec spec = new TelegramExportGenerator.Spec(SEED, (int) Math.round(full.messages() * scale),
                (int) Math.round(full.uniqueAds() * scale), Math.max(1, (int) Math.round(full.sellers() * scale)),
                full.start(), full.span());
        Path bench = Path.of(System.getProperty("npswatch.bench.dir", "target/bench-telegram"));
        Path export = bench.resolve("year-" + spec.messages() + ".json");
        Path truth = bench.resolve("year-" + spec.messages() + ".truth.tsv");
        double generatedSeconds = generateOnce(spec, export, truth);

        Path reports = Path.of("target", "benchmarks");
        Files.createDirectories(reports);
        Path result = reports.resolve("telegram-year-" + spec.messages() + ".properties");
        Path log = reports.resolve("telegram-year-" + spec.messages() + ".log");
        Files.deleteIfExists(result);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx" + xmx, "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-Xlog:gc:file=" + reports.resolve("telegram-year-" + spec.messages() + "-gc.log")));
        if (jfr) {
            command.add("-XX:StartFlightRecording=filename=" + reports.resolve("telegram-year-" + spec.messages() + ".jfr")
                    + ",settings=profile");
        }
        for (String passed : List.of("npswatch.bench.workers", "npswatch.bench.compare")) {
            String value = System.getProperty(passed);
            if (value != null) {
                command.add("-D" + passed + "=" + value);
            }
        }
        String logging = System.getProperty("java.util.logging.config.file");
        if (logging != null) {
            command.add("-Djava.util.logging.config.file=" + logging);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TelegramYearRun.class.getName(),
                export.toString(), truth.toString(), dataParent.resolve("data").toString(), result.toString(),
                spec.start().toString(), String.valueOf(spec.span().toDays())));
        long started = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = child.waitFor(Long.getLong("npswatch.bench.timeoutMinutes", 120), TimeUnit.MINUTES);
        if (!done) {
            child.destroy();
        }
        double childSeconds = (System.nanoTime() - started) / 1e9;
        String childLog = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "the year import did not finish in time; log:\n" + tail(childLog));
        assertEquals(0, child.exitValue(), "the year import failed (heap -Xmx" + xmx + "); log:\n" + tail(childLog));

        Properties r = new Properties();
        try (Reader in = Files.newBufferedReader(result, StandardCharsets.UTF_8)) {
            r.load(in);
        }
        long expectedPosts = Long.parseLong(r.getProperty("import_posts"));
        assertEquals(spec.messages(), Long.parseLong(r.getProperty("import_messages")), "every message must be read");
        assertEquals(spec.messages(), Long.parseLong(r.getProperty("read1_messages")), "the baseline must read every message");
        assertEquals(expectedPosts, Long.parseLong(r.getProperty("score_posts")), "every post must be in the index");

        String report = report(spec, scale, xmx, generatedSeconds, childSeconds, r);
        System.out.println(report);
        Files.writeString(reports.resolve("telegram-year-" + spec.messages() + ".md"), report);
    }

    /** Writes the export and truth unless a previous run left them complete; returns the seconds it took (0 when reused). */
    private static double generateOnce(TelegramExportGenerator.Spec spec, Path export, Path truth) throws IOException {
        Path done = export.resolveSibling(export.getFileName() + ".done");
        if (Files.exists(done) && Files.exists(export) && Files.exists(truth)) {
            return 0;
        }
        Files.createDirectories(export.getParent());
        long start = System.nanoTime();
        new TelegramExportGenerator(spec).write(export, truth);
        Files.writeString(done, spec + "\n");
        return (System.nanoTime() - start) / 1e9;
    }

    private static String report(TelegramExportGenerator.Spec spec, double scale, String xmx, double generatedSeconds,
            double childSeconds, Properties r) {
        double read1 = num(r, "read1_s");
        double read2 = num(r, "read2_s");
        double baseline = (read1 + read2) / 2;
        double imported = num(r, "import_s");
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Export: %,d messages (scale %s), %,d unique ads, %,d sellers; %s MB;"
                        + " generated in %s; child JVM -Xmx%s (max heap %s MB), %s processors; child ran %.0f s in all%n%n",
                spec.messages(), scale, spec.uniqueAds(), spec.sellers(), r.getProperty("export_mb"),
                generatedSeconds == 0 ? "an earlier run (reused)" : String.format(Locale.ROOT, "%.0f s", generatedSeconds),
                xmx, r.getProperty("max_heap_mb"), r.getProperty("processors"), childSeconds));
        b.append("| phase | wall s | messages/s | time vs (a) | CPU s (all threads) | messages per CPU s | peak heap used MB"
                + " | max heap after GC MB | GCs | GC ms |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(b, "(a) read + JSON-parse alone, before", r, "read1", baseline);
        if (r.getProperty("import_seq_s") != null) {
            row(b, "(b0) whole import, sequential (one thread, as before the pipeline)", r, "import_seq", baseline);
            assertEquals(r.getProperty("import_posts"), r.getProperty("import_seq_posts"), "both imports index every post");
            assertEquals(r.getProperty("import_duplicates"), r.getProperty("import_seq_duplicates"), "same re-posts");
        }
        row(b, "(b) whole import (read, pseudonymise, analyse, dedup, index), " + r.getProperty("import_threads"), r, "import",
                baseline);
        row(b, "(a) read + JSON-parse alone, after", r, "read2", baseline);
        b.append(String.format(Locale.ROOT, "%nRatio (b)/(a): %.1fx the time of reading alone (baseline = mean of the two"
                        + " reads, %.1f s). Import set-up (lexicon, index open) %.1f s, not counted. Index on disk: %s MB.%n",
                imported / baseline, baseline, num(r, "import_setup_s"), r.getProperty("import_index_mb")));
        if (r.getProperty("import_seq_s") != null) {
            b.append(String.format(Locale.ROOT, "Pipelined against sequential in this run: %.2fx the rate ((b0)/(a) %.1fx,"
                    + " (b)/(a) %.1fx).%n", num(r, "import_seq_s") / imported, num(r, "import_seq_s") / baseline, imported / baseline));
        }
        b.append(String.format(Locale.ROOT, "Import counted: %s posts, %s offers, %s requests, %s duplicates, %s service,"
                        + " %s malformed, %s sellers, %s unknown candidates%n%n",
                r.getProperty("import_posts"), r.getProperty("import_offers"), r.getProperty("import_requests"),
                r.getProperty("import_duplicates"), r.getProperty("import_service"), r.getProperty("import_malformed"),
                r.getProperty("import_sellers"), r.getProperty("import_unknown_candidates")));
        b.append("| quality (scored from the index against the truth file) | value |\n| --- | ---: |\n");
        b.append(String.format(Locale.ROOT, "| intent accuracy | %.4f |%n| intent macro-F1 | %.4f |%n", num(r, "intent_accuracy"),
                num(r, "intent_macro_f1")));
        b.append(String.format(Locale.ROOT, "| intent F1 offer / request / other | %.4f / %.4f / %.4f |%n",
                num(r, "intent_f1_offer"), num(r, "intent_f1_request"), num(r, "intent_f1_other")));
        b.append(String.format(Locale.ROOT, "| confusion, rows true offer/request/other, columns found offer,request,other | %s / %s / %s |%n",
                r.getProperty("intent_confusion_offer"), r.getProperty("intent_confusion_request"),
                r.getProperty("intent_confusion_other")));
        b.append(String.format(Locale.ROOT, "| unique ads: true (ads posted at least once) | %s |%n", r.getProperty("dedup_true_unique_ads")));
        b.append(String.format(Locale.ROOT, "| unique ads found: clusters over the true ads' posts | %s |%n",
                r.getProperty("dedup_clusters_over_true_ads")));
        b.append(String.format(Locale.ROOT, "| unique ads found: clusters of posts classified offer | %s |%n",
                r.getProperty("dedup_offer_clusters")));
        b.append(String.format(Locale.ROOT, "| sellers of posts classified offer (generator: %,d) | %s |%n", spec.sellers(),
                r.getProperty("dedup_offer_sellers")));
        b.append(String.format(Locale.ROOT, "| duplicate pairs: precision / recall / F1 | %.4f / %.4f / %.4f |%n",
                num(r, "dedup_pair_precision"), num(r, "dedup_pair_recall"), num(r, "dedup_pair_f1")));
        b.append(String.format(Locale.ROOT, "| what-if, found clusters split by poster: clusters; pair precision / recall / F1"
                        + " | %s; %.4f / %.4f / %.4f |%n", r.getProperty("dedup_per_seller_clusters"),
                num(r, "dedup_per_seller_pair_precision"), num(r, "dedup_per_seller_pair_recall"),
                num(r, "dedup_per_seller_pair_f1")));
        b.append(String.format(Locale.ROOT, "%nScoring (untimed) took %.0f s.%n", num(r, "score_s")));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Properties r, String key, double baseline) {
        b.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %.2fx | %.1f | %,.0f | %s | %s | %s | %s |%n", name,
                num(r, key + "_s"), num(r, key + "_per_s"), num(r, key + "_s") / baseline, num(r, key + "_cpu_s"),
                num(r, key + "_messages") / num(r, key + "_cpu_s"), r.getProperty(key + "_peak_heap_mb"),
                r.getProperty(key + "_max_after_gc_mb"), r.getProperty(key + "_gc_count"), r.getProperty(key + "_gc_ms")));
    }

    private static double num(Properties r, String key) {
        String v = r.getProperty(key);
        assertTrue(v != null, "the run reported no " + key);
        return Double.parseDouble(v);
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }
}
