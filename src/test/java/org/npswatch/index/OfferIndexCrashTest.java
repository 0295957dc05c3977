package org.npswatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.npswatch.index.Market.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.SourceKind;

/** Crash safety, atomic visibility of crawls, and refusal of indexes with another schema. */
class OfferIndexCrashTest {
    private static final Lexicon LEXICON = TestLexicon.load();

    @TempDir
    Path data;

    @Test
    void processKilledBeforeCommitLosesOnlyThatCrawlAndRerunRecordsItOnce() throws Exception {
        try (OfferIndex index = OfferIndex.open(data, LEXICON)) {
            crawl(index, CHEMSHOP, 1, chemshop(1));
        }
        List<String> committedFiles = files(data.resolve(OfferIndex.INDEX_DIR));
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp", System.getProperty("java.class.path"),
                        CrashingCrawl.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM did not stop");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(137, child.exitValue(), output);
        assertTrue(output.contains("staged"), output);
        List<String> leftBehind = new ArrayList<>(files(data.resolve(OfferIndex.INDEX_DIR)));
        leftBehind.removeAll(committedFiles);
        assertTrue(leftBehind.stream().anyMatch(f -> f.startsWith("_")),
                "the crashed writer should have left uncommitted segment files behind: " + leftBehind);

        try (OfferIndex index = OfferIndex.open(data, LEXICON)) {
            assertEquals(crawlId(CHEMSHOP, 1), index.lastCommitData().get(IndexSchema.COMMIT_LAST_CRAWL_ID));
            assertEquals(1, index.history(mmc(1).listingKey()).size());
            assertEquals(3, index.search(SearchRequest.all(10)).totalHits());

            CrawlDiff rerun = crawl(index, CHEMSHOP, 2, chemshop(2));
            assertEquals(new CrawlDiff(List.of(), List.of(mmc(2).listingKey(), aphp(2).listingKey()), List.of(),
                    List.of(lsd().listingKey()), List.of()), rerun);
            CrawlDiff again = crawl(index, CHEMSHOP, 2, chemshop(2));
            assertEquals(List.of(mmc(2).listingKey(), aphp(2).listingKey()), again.unchanged());
            assertEquals(2, index.history(mmc(1).listingKey()).size());
            assertEquals(3, index.search(SearchRequest.all(10).withGone(true)).totalHits());
            assertEquals(3 + 2, index.observations(WEEK1, WEEK3).size());
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void closeDiscardsStagedButUncommittedCrawl() throws IOException {
        try (OfferIndex index = OfferIndex.open(data, LEXICON)) {
            crawl(index, CHEMSHOP, 1, chemshop(1));
            index.stageCrawl(CHEMSHOP, SourceKind.WEBSHOP, crawlId(CHEMSHOP, 2), WEEK2, chemshop(2), Map.of());
            // Searches see committed crawls only.
            assertEquals(1, index.history(mmc(1).listingKey()).size());
        }
        try (OfferIndex index = OfferIndex.open(data, LEXICON)) {
            assertEquals(1, index.history(mmc(1).listingKey()).size());
            assertEquals(List.of(), index.search(SearchRequest.all(10).withGone(true)).hits().stream()
                    .filter(h -> ((ListingRecord) h).gone()).toList());
        }
    }

    @Test
    void searchesDuringCrawlsSeeWholeCrawlsOnly() throws Exception {
        Map<String, Integer> crawlSizes = new java.util.HashMap<>();
        for (int w = 1; w <= 4; w++) {
            crawlSizes.put(crawlId(CHEMSHOP, w), chemshop(w).size());
            crawlSizes.put(crawlId(RCLAB, w), rclab(w).size());
            crawlSizes.put(crawlId(APOTHEEK, w), apotheek(w).size());
        }
        List<String> torn = new ArrayList<>();
        int[] reads = {0};
        try (OfferIndex index = OfferIndex.open(data, LEXICON)) {
            Thread reader = Thread.ofPlatform().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Map<String, Long> perCrawl = index.observations(WEEK1, WEEK4.plusSeconds(1)).stream()
                            .collect(Collectors.groupingBy(ObservationRecord::crawlId, Collectors.counting()));
                    perCrawl.forEach((crawl, n) -> {
                        if (n != crawlSizes.get(crawl).longValue()) {
                            torn.add(crawl + " had " + n);
                        }
                    });
                    reads[0]++;
                }
            });
            crawlWeeks(index, 1, 2, 3, 4);
            reader.interrupt();
            reader.join();
            assertEquals(List.of(), torn);
            assertTrue(reads[0] > 0);
            assertEquals(9 + 8 + 10 + 9, index.observations(WEEK1, WEEK4.plusSeconds(1)).size());
        }
    }

    @Test
    void refusesIndexWrittenWithAnotherSchemaVersion() throws IOException {
        Path indexDir = data.resolve(OfferIndex.INDEX_DIR);
        try (var dir = FSDirectory.open(indexDir);
                var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "listing:old", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA_VERSION, "0").entrySet());
            writer.commit();
        }
        IndexException e = assertThrows(IndexException.class, () -> OfferIndex.open(data, LEXICON));
        assertEquals(indexDir + ": index schema version is 0 but this npswatch needs version "
                + IndexSchema.SCHEMA_VERSION + ". Move this directory aside and rebuild the index:"
                + " re-run the crawls and Telegram imports (the WARC archive and exports in the data directory"
                + " hold the evidence)", e.getMessage());
        // The refusal left the index and its lock alone: it opens again with the right tool.
        try (var dir = FSDirectory.open(indexDir);
                var writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            assertEquals(1, writer.getDocStats().numDocs);
        }
    }

    @Test
    void refusesSecondOpenWhileIndexIsInUse() {
        try (OfferIndex index = OfferIndex.open(data, LEXICON)) {
            IndexException e = assertThrows(IndexException.class, () -> OfferIndex.open(data, LEXICON));
            assertTrue(e.getMessage().contains("index is in use by another npswatch process"), e.getMessage());
            assertEquals(0, index.search(SearchRequest.all(1)).totalHits());
        }
    }
}
