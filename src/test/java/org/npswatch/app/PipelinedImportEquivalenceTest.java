package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramExportException;
import org.npswatch.index.IndexSchema;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.PostRecord;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.TelegramExportGenerator;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.store.RunLog;

/**
 * The pipelined import (reader, analysis workers, in-order de-duplication and indexing) gives the
 * same index as the sequential one, post for post and term for term: on a generated export of
 * group traffic (thousands of re-posted menus, requests, chatter), on the realistic evaluation
 * exports, and on an export cut off in the middle, where both must keep the same batches and
 * report the same file:line:column. Small chunks and batches put commit boundaries inside chunks.
 */
class PipelinedImportEquivalenceTest {
    private static final SourceId SOURCE = SourceId.of("nl-groep");
    private static final Instant AT = Instant.parse("2026-10-01T00:00:00Z");
    private static final int BATCH = 700;
    private static final PipelinedImport.Settings PIPELINED = new PipelinedImport.Settings(2, 37, 3);
    private static Lexicon lexicon;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path generated;

    @BeforeAll
    static void generate() {
        lexicon = Lexicon.fromClasspath();
        generated = shared.resolve("result.json");
        new TelegramExportGenerator(new TelegramExportGenerator.Spec(11, 4_000, 120, 30, Instant.parse("2026-01-01T00:00:00Z"),
                Duration.ofDays(60))).write(generated, null);
    }

    @Test
    void aGeneratedGroupExportIsIndexedExactlyAsTheSequentialImportIndexesIt() throws IOException {
        assertSameImport(generated);
    }

    @Test
    void theEvaluationExportsAreIndexedExactlyAsTheSequentialImportIndexesThem() throws IOException {
        assertSameImport(Path.of("src/test/resources/extract/telegram-eval/randstad-markt-export.json"));
        assertSameImport(Path.of("src/test/resources/extract/telegram-eval/plugs-export.json"));
        assertSameImport(Path.of("src/test/resources/fetch/telegram-export/result.json"));
    }

    @Test
    void anExportCutOffMidwayKeepsTheSameBatchesAndNamesTheSamePlace() throws IOException {
        String whole = Files.readString(generated);
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, whole.substring(0, whole.length() * 3 / 5));

        TelegramExportException sequential = assertThrows(TelegramExportException.class,
                () -> importInto(dir.resolve("seq"), cut, PipelinedImport.Settings.SEQUENTIAL));
        TelegramExportException pipelined = assertThrows(TelegramExportException.class,
                () -> importInto(dir.resolve("pipe"), cut, PIPELINED));

        assertEquals(sequential.getMessage(), pipelined.getMessage());
        assertTrue(pipelined.getMessage().matches(".*cut\\.json:\\d+:\\d+: not valid JSON.*"), pipelined.getMessage());
        Map<String, String> kept = indexContent(dir.resolve("seq"));
        assertFalse(kept.isEmpty(), "the batches before the break are indexed");
        assertEquals(0, postKeys(dir.resolve("seq")).size() % BATCH, "whole batches only");
        assertEquals(kept, indexContent(dir.resolve("pipe")));
        assertNoImportThreadsLeft();
    }

    @Test
    void anInterruptedImportCommitsAPrefixOfTheExportAndLeavesNoThreadsBehind() throws Exception {
        List<String> allInOrder = fileOrder(generated);
        StoppableImport run = new StoppableImport(dir.resolve("stopped"), false);
        Thread importing = new Thread(run);
        importing.start();
        run.started.await();
        Thread.sleep(300);
        synchronized (run) {
            if (!run.done) {
                importing.interrupt();
            }
        }
        assertDoesNotHang(importing);

        TelegramMonitor.Outcome o = run.outcome;
        List<String> indexed = postKeys(dir.resolve("stopped"));
        assertEquals(o.posts(), indexed.size(), "every post handed over was committed");
        if (!o.reached()) {
            assertTrue(run.stillInterrupted, "the stop request is kept for the caller");
            assertTrue(indexed.size() <= allInOrder.size());
            assertEquals(new java.util.TreeSet<>(allInOrder.subList(0, indexed.size())), new java.util.TreeSet<>(indexed),
                    "a prefix of the export, in file order");
        } else {
            // the machine was fast enough to finish before the interrupt: then everything is there
            assertEquals(allInOrder.size(), indexed.size());
        }
        assertNoImportThreadsLeft();
    }

    @Test
    void aStopRequestedBeforeTheImportStartsIndexesNothing() {
        StoppableImport run = new StoppableImport(dir.resolve("never"), true);
        Thread importing = new Thread(run);
        importing.start();
        assertDoesNotHang(importing);
        assertFalse(run.outcome.reached());
        assertTrue(run.stillInterrupted);
        assertEquals(0, run.outcome.posts());
        assertEquals(List.of(), postKeys(dir.resolve("never")));
        assertNoImportThreadsLeft();
    }

    /**
     * An import on a thread of its own that may be interrupted, as the service stops a job: the
     * interrupt is taken back (and noted) before the index is closed, as RunCommand does.
     */
    private static final class StoppableImport implements Runnable {
        final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private final Path data;
        private final boolean stopFirst;
        volatile TelegramMonitor.Outcome outcome;
        volatile boolean stillInterrupted;
        boolean done;

        StoppableImport(Path data, boolean stopFirst) {
            this.data = data;
            this.stopFirst = stopFirst;
        }

        @Override
        public void run() {
            try (OfferIndex index = OfferIndex.open(data, lexicon)) {
                TelegramMonitor monitor = new TelegramMonitor(data, lexicon, index, RunLog.open(data),
                        new Pseudonymiser("test-key-not-secret-0123456789"), PIPELINED, BATCH);
                started.countDown();
                if (stopFirst) {
                    Thread.currentThread().interrupt();
                }
                TelegramMonitor.Outcome o = monitor.importExport(generated, SOURCE, SourceKind.TELEGRAM_GROUP, AT);
                synchronized (this) {
                    done = true;
                }
                stillInterrupted = Thread.interrupted();
                outcome = o;
            }
        }
    }

    private void assertSameImport(Path export) throws IOException {
        String name = export.getFileName().toString();
        TelegramMonitor.Outcome sequential = importInto(dir.resolve("seq-" + name), export, PipelinedImport.Settings.SEQUENTIAL);
        TelegramMonitor.Outcome pipelined = importInto(dir.resolve("pipe-" + name), export, PIPELINED);
        TelegramMonitor.Outcome oneByOne = importInto(dir.resolve("one-" + name), export, new PipelinedImport.Settings(3, 1, 1));
        assertTrue(sequential.posts() > 0);
        assertEquals(sequential, pipelined);
        assertEquals(sequential, oneByOne);
        Map<String, String> expected = indexContent(dir.resolve("seq-" + name));
        assertEquals(expected, indexContent(dir.resolve("pipe-" + name)));
        assertEquals(expected, indexContent(dir.resolve("one-" + name)));
        assertNoImportThreadsLeft();
    }

    private static TelegramMonitor.Outcome importInto(Path data, Path export, PipelinedImport.Settings threads) {
        try (OfferIndex index = OfferIndex.open(data, lexicon)) {
            TelegramMonitor monitor = new TelegramMonitor(data, lexicon, index, RunLog.open(data),
                    new Pseudonymiser("test-key-not-secret-0123456789"), threads, BATCH);
            return monitor.importExport(export, SOURCE, SourceKind.TELEGRAM_GROUP, AT);
        }
    }

    /** The post keys in the index. */
    private static List<String> postKeys(Path data) {
        try (OfferIndex index = OfferIndex.open(data, lexicon)) {
            return index.posts(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")).stream().map(PostRecord::key).toList();
        }
    }

    /** Post keys in file order, as the sequential import hands them to the index. */
    private static List<String> fileOrder(Path export) {
        List<String> keys = new ArrayList<>();
        new org.npswatch.fetch.telegram.TelegramExportReader(new Pseudonymiser("test-key-not-secret-0123456789"))
                .read(export, SOURCE, p -> keys.add(p.key()));
        return keys;
    }

    /**
     * Everything the index holds, independent of segment layout: per document (by id) its stored
     * fields, and per field and term the documents (by id) with their frequencies and positions.
     */
    private static Map<String, String> indexContent(Path data) throws IOException {
        Map<String, String> content = new TreeMap<>();
        try (FSDirectory directory = FSDirectory.open(data.resolve(OfferIndex.INDEX_DIR));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                String[] ids = new String[r.maxDoc()];
                for (int d = 0; d < r.maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    StringBuilder fields = new StringBuilder();
                    String id = null;
                    for (IndexableField f : stored.document(d)) {
                        Object v = f.stringValue() != null ? f.stringValue()
                                : f.numericValue() != null ? f.numericValue() : f.binaryValue();
                        fields.append(f.name()).append('=').append(v).append('\n');
                        if (f.name().equals(IndexSchema.KEY)) {
                            id = f.stringValue();
                        }
                    }
                    assertTrue(id != null, "every document has a stored key");
                    ids[d] = id;
                    assertEquals(null, content.put("doc " + id, fields.toString()), "one live document per key");
                }
                for (FieldInfo field : r.getFieldInfos()) {
                    Terms terms = r.terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    PostingsEnum pe = null;
                    for (BytesRef term = te.next(); term != null; term = te.next()) {
                        pe = te.postings(pe, PostingsEnum.POSITIONS);
                        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                            if (live != null && !live.get(d)) {
                                continue;
                            }
                            StringBuilder positions = new StringBuilder().append(pe.freq()).append(':');
                            for (int i = 0; i < pe.freq(); i++) {
                                positions.append(pe.nextPosition()).append(',');
                            }
                            content.merge("term " + ids[d] + " " + field.name, term.utf8ToString() + "@" + positions + " ",
                                    String::concat);
                        }
                    }
                }
            }
        }
        return content;
    }

    private static void assertNoImportThreadsLeft() {
        List<String> left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("npswatch-import-")).toList();
        assertEquals(List.of(), left);
    }

    private static void assertDoesNotHang(Thread t) {
        try {
            t.join(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertFalse(t.isAlive(), "the import did not stop");
    }
}
