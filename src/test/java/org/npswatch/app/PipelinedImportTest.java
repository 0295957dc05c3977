package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/**
 * The pipeline's hand-off on its own, with a reader and an analysis whose timing varies from post
 * to post: posts reach the in-order step in reading order, and each kind of failure (in the
 * reader, in the analysis of one post, in the in-order step) surfaces on the calling thread after
 * exactly the posts a one-thread loop would have handed over, with no thread left behind.
 */
class PipelinedImportTest {
    private static final SourceId SOURCE = SourceId.of("pipeline-test");
    private static final PipelinedImport.Settings SMALL = new PipelinedImport.Settings(3, 7, 2);

    @AfterEach
    void noImportThreadsLeft() {
        List<String> left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("npswatch-import-")).toList();
        assertEquals(List.of(), left);
    }

    @Test
    void postsReachTheInOrderStepInReadingOrderWhateverOrderTheWorkersFinishIn() throws InterruptedException {
        List<String> seen = new ArrayList<>();
        String result = PipelinedImport.run(SMALL, reading(1_000, -1), PipelinedImportTest::slowlyUnderstood,
                a -> seen.add(a.post().messageId()));
        assertEquals("read 1000", result);
        assertEquals(ids(0, 1_000), seen);
    }

    @Test
    void aBrokenFileIsReportedAfterEveryPostReadBeforeTheBreak() {
        List<String> seen = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PipelinedImport.run(SMALL, reading(1_000, 423), PipelinedImportTest::slowlyUnderstood,
                        a -> seen.add(a.post().messageId())));
        assertEquals("broken after 423 posts", e.getMessage());
        assertEquals(ids(0, 423), seen);
    }

    @Test
    void aPostTheAnalysisFailsOnIsReportedAfterThePostsBeforeIt() {
        List<String> seen = new ArrayList<>();
        IllegalArgumentException failure = new IllegalArgumentException("cannot analyse 300");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PipelinedImport.run(SMALL, reading(1_000, -1), p -> {
                    if (p.messageId().equals("300")) {
                        throw failure;
                    }
                    return slowlyUnderstood(p);
                }, a -> seen.add(a.post().messageId())));
        assertSame(failure, e);
        assertEquals(ids(0, 300), seen);
    }

    @Test
    void aFailingInOrderStepStopsTheReaderAndTheWorkers() {
        List<String> seen = new ArrayList<>();
        List<Integer> readBeforeStop = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PipelinedImport.run(SMALL, sink -> {
                    for (int i = 0; i < 100_000; i++) {
                        sink.accept(post(i));
                        readBeforeStop.add(i);
                    }
                    return "read all";
                }, PipelinedImportTest::slowlyUnderstood, a -> {
                    if (a.post().messageId().equals("50")) {
                        throw new IllegalStateException("index full");
                    }
                    seen.add(a.post().messageId());
                }));
        assertEquals("index full", e.getMessage());
        assertEquals(ids(0, 50), seen);
        assertTrue(readBeforeStop.size() < 100_000, "the reader stopped early: " + readBeforeStop.size());
    }

    @Test
    void sequentialSettingsRunEverythingOnTheCallingThread() throws InterruptedException {
        Thread caller = Thread.currentThread();
        List<String> seen = new ArrayList<>();
        PipelinedImport.run(PipelinedImport.Settings.SEQUENTIAL, reading(20, -1), p -> {
            assertSame(caller, Thread.currentThread());
            return slowlyUnderstood(p);
        }, a -> {
            assertSame(caller, Thread.currentThread());
            seen.add(a.post().messageId());
        });
        assertEquals(ids(0, 20), seen);
    }

    /** Reads {@code n} posts, or breaks after {@code breakAfter} of them as a cut-off file does. */
    private static Function<Consumer<Post>, String> reading(int n, int breakAfter) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                if (i == breakAfter) {
                    throw new IllegalStateException("broken after " + i + " posts");
                }
                sink.accept(post(i));
            }
            return "read " + n;
        };
    }

    /** An analysis that takes longer on some posts than on others, so workers finish out of order. */
    private static AnalysedPost slowlyUnderstood(Post p) {
        int id = Integer.parseInt(p.messageId());
        if (id % 13 == 0) {
            LockSupport.parkNanos(200_000);
        }
        return new AnalysedPost(p, Intent.OTHER, List.of(), List.of(), List.of(), false, List.of(), Optional.empty());
    }

    private static Post post(int i) {
        return new Post(SOURCE, String.valueOf(i), Instant.EPOCH.plusSeconds(i), "message " + i, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(String::valueOf).toList();
    }
}
