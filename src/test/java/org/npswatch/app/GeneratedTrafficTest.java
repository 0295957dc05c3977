package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.extract.telegram.PostAnalyser;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramExportReader;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.TelegramExportGenerator;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.SourceId;

/**
 * Re-posted ads in a generated month of group traffic (many sellers writing from the same menu
 * templates, each re-posting their own ads with edits): clusters must be one per ad, not one per
 * template, scored by pairs against the generator's truth.
 */
class GeneratedTrafficTest {
    @TempDir
    Path dir;

    @Test
    void repostsClusterPerAdNotPerTemplate() throws Exception {
        Path export = dir.resolve("result.json");
        Path truth = dir.resolve("truth.tsv");
        new TelegramExportGenerator(new TelegramExportGenerator.Spec(11, 3_000, 120, 80,
                Instant.parse("2026-02-02T00:00:00Z"), Duration.ofDays(28))).write(export, truth);
        Map<String, String> adOf = new HashMap<>();
        Map<String, String> intentOf = new HashMap<>();
        for (String line : Files.readAllLines(truth)) {
            String[] f = line.split("\t");
            intentOf.put(f[0], f[1]);
            if (!f[2].equals("-")) {
                adOf.put(f[0], f[2]);
            }
        }
        PostAnalyser analyser = PostAnalyser.standard(Lexicon.fromClasspath());
        Map<String, String> clusterOf = new HashMap<>();
        int[] intentRight = new int[2];
        new TelegramExportReader(new Pseudonymiser("generated-traffic-test-key")).read(export, SourceId.of("g"), post -> {
            AnalysedPost a = analyser.analyse(post);
            String id = post.messageId();
            clusterOf.put(id, a.duplicateOf().map(k -> k.substring(2)).orElse(id));
            intentRight[1]++;
            if (a.intent().name().toLowerCase(Locale.ROOT).equals(intentOf.get(id))) {
                intentRight[0]++;
            }
        });
        // pairs over offers that the truth assigns to an ad
        List<String> ids = adOf.keySet().stream().filter(clusterOf::containsKey).toList();
        Map<String, Long> byAd = count(ids, adOf);
        Map<String, Long> byCluster = count(ids, clusterOf);
        Map<String, Long> byBoth = new HashMap<>();
        ids.forEach(i -> byBoth.merge(adOf.get(i) + "|" + clusterOf.get(i), 1L, Long::sum));
        long tp = pairs(byBoth);
        double precision = tp / (double) pairs(byCluster);
        double recall = tp / (double) pairs(byAd);
        double f1 = 2 * precision * recall / (precision + recall);
        double intentAccuracy = intentRight[0] / (double) intentRight[1];
        String report = String.format(Locale.ROOT, "dup pairs precision %.3f recall %.3f F1 %.3f; intent accuracy %.3f",
                precision, recall, f1, intentAccuracy);
        System.out.println("generated traffic: " + report);
        assertTrue(f1 >= 0.90, report);
        assertTrue(intentAccuracy >= 0.90, report);
    }

    private static Map<String, Long> count(List<String> ids, Map<String, String> label) {
        Map<String, Long> out = new HashMap<>();
        ids.forEach(i -> out.merge(label.get(i), 1L, Long::sum));
        return out;
    }

    private static long pairs(Map<String, Long> groups) {
        return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
