package org.npswatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.Post;
import org.npswatch.model.SourceKind;

/**
 * Indexing 20,000 Telegram posts as the year import does (batches of 500, one commit each), with
 * texts from the Telegram fixtures whose prices are varied per post as real ads vary them, so the
 * fold cache cannot just memorise whole windows. Also times the analyzer alone against
 * {@link LegacyVariantAnalyzer}. Run with {@code ./mvnw -B -o test -Pbenchmark -Dtest=RecordPostsBenchmark}.
 */
@Tag("benchmark")
class RecordPostsBenchmark {
    private static final int POSTS = 20_000;
    private static final int BATCH = 500;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void indexesTwentyThousandPosts(@TempDir Path dir) throws Exception {
        Lexicon lexicon = Lexicon.fromClasspath();
        List<String> texts = texts();
        List<AnalysedPost> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            Post p = new Post(Market.TELEGRAM, Integer.toString(i), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 600L),
                    texts.get(i), Optional.of("user-" + (i % 300)), Optional.empty(), Optional.empty(), Optional.empty());
            posts.add(new AnalysedPost(p, Intent.OFFER, List.of(), List.of(), List.of(), false, List.of(), Optional.empty()));
        }
        for (int round = 0; round < 5; round++) {
            try (OfferIndex index = OfferIndex.open(dir.resolve("r" + round), lexicon)) {
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                for (int from = 0; from < POSTS; from += BATCH) {
                    index.recordPosts(Market.TELEGRAM, SourceKind.TELEGRAM_GROUP, posts.subList(from, from + BATCH));
                }
                long cpuMs = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                long ms = (System.nanoTime() - start) / 1_000_000;
                // Thread CPU time as well: the machine is shared, wall time varies with its load.
                System.out.printf(Locale.ROOT, "recordPosts round %d: %,d posts in %,d ms wall, %,d ms CPU of the caller%n",
                        round, POSTS, ms, cpuMs);
            }
        }
        try (Analyzer fast = new SubstanceAnalyzer(lexicon); Analyzer legacy = new LegacyVariantAnalyzer(lexicon)) {
            for (int round = 0; round < 5; round++) {
                long legacyNs = time(legacy, texts);
                long fastNs = time(fast, texts);
                System.out.printf(Locale.ROOT, "analyzer round %d: legacy %,d ms, new %,d ms, ratio %.2fx%n",
                        round, legacyNs / 1_000_000, fastNs / 1_000_000, (double) legacyNs / fastNs);
            }
        }
        assertEquals(POSTS, texts.size());
    }

    private static long time(Analyzer analyzer, List<String> texts) throws java.io.IOException {
        long start = System.nanoTime();
        for (String text : texts) {
            try (TokenStream ts = analyzer.tokenStream("text", text)) {
                ts.reset();
                while (ts.incrementToken()) {
                    // consume
                }
                ts.end();
            }
        }
        return System.nanoTime() - start;
    }

    /** 20,000 post texts: fixture messages in turn, each number in them replaced by a random one. */
    private static List<String> texts() {
        List<String> base = new ArrayList<>(AnalyzerCorpus.telegramMessages());
        base.addAll(AnalyzerCorpus.intentMessages());
        Random random = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String text = base.get(i % base.size());
            out.add(java.util.regex.Pattern.compile("\\d+").matcher(text)
                    .replaceAll(m -> Integer.toString(1 + random.nextInt(Math.max(2, Integer.parseInt("1" + "0".repeat(Math.min(6, m.group().length()))))))));
        }
        return out;
    }
}
