package org.npswatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Post;

/**
 * Runs an import as a pipeline: the export is read on one thread, posts are understood (the pure
 * part of the analysis) on worker threads, chunk by chunk, and handed in reading order to one
 * indexer thread, where the stateful steps (de-duplication, counting, indexing) run exactly as
 * they would one post at a time. The results are therefore those of a sequential import; only
 * the order of work across threads differs.
 *
 * <p>Memory stays flat: at most {@link Settings#chunksInFlight} chunks are read ahead of the
 * indexer. A failure is reported where the sequential import would report it: everything read
 * (or understood) before it is handed over first, then the failure is rethrown on the calling
 * thread. An interrupt of the calling thread stops the pipeline after the post in hand and is
 * reported as {@link InterruptedException}; no thread outlives {@link #run}.
 */
final class PipelinedImport {
    /**
     * How an import is spread over threads.
     *
     * @param workers threads that understand posts; 0 runs the whole import on the calling thread
     *     (the sequential import, kept as the reference the pipeline is tested against)
     * @param chunk posts per unit of work handed to a worker
     * @param chunksInFlight chunks read ahead of the caller at most (bounds memory)
     */
    record Settings(int workers, int chunk, int chunksInFlight) {
        Settings {
            if (workers < 0 || chunk < 1 || chunksInFlight < 1) {
                throw new IllegalArgumentException("workers >= 0, chunk >= 1, chunksInFlight >= 1: " + workers + ", " + chunk
                        + ", " + chunksInFlight);
            }
        }

        /** Everything on the calling thread, one post at a time. */
        static final Settings SEQUENTIAL = new Settings(0, 1, 1);

        /** One worker per processor: the reader and the indexer take a third of the work between them. */
        static Settings forThisMachine() {
            int processors = Math.max(1, Runtime.getRuntime().availableProcessors());
            return new Settings(processors, 256, 4 * processors);
        }
    }

    /** What the reader hands the indexer: a chunk being understood, or the end of the export. */
    private sealed interface Slot permits Pending, End {}

    private record Pending(Future<Understood> work) implements Slot {}

    /** The end of the export: the reader's result, or the failure that stopped it. */
    private record End(Object result, RuntimeException failure, Error error) implements Slot {}

    /** A chunk's posts understood in order, up to the first that failed (then {@code failure} is set). */
    private record Understood(List<AnalysedPost> posts, RuntimeException failure, Error error) {}

    /** Thrown inside the reader thread when the caller has stopped; never leaves this class. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private PipelinedImport() {}

    /**
     * Reads, understands and hands over every post.
     *
     * @param read reads the export, handing each post to its argument in file order; its result is returned
     * @param understand the pure part of the analysis: called on worker threads
     * @param inOrder the stateful rest: called once per post, in reading order, on one thread (the
     *     calling thread when sequential, else the pipeline's indexer thread, never both); what it
     *     changed is visible to the caller when this method returns or throws
     * @throws InterruptedException when the calling thread was interrupted; {@code inOrder} is then
     *     let finish the post in hand (it is never interrupted itself, so an index write in progress
     *     completes) and the posts handed to it until then are a prefix of the export, in order
     */
    static <R> R run(Settings settings, Function<Consumer<Post>, R> read, Function<Post, AnalysedPost> understand,
            Consumer<AnalysedPost> inOrder) throws InterruptedException {
        if (settings.workers() == 0) {
            return read.apply(post -> inOrder.accept(understand.apply(post)));
        }
        AtomicBoolean stop = new AtomicBoolean();
        BlockingQueue<Slot> handOff = new ArrayBlockingQueue<>(settings.chunksInFlight());
        AtomicReference<End> ending = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), daemonThreads("npswatch-import-analysis"));
        Thread reader = daemonThreads("npswatch-import-reader").newThread(
                () -> readAhead(settings, read, understand, workers, handOff, stop));
        Thread indexer = daemonThreads("npswatch-import-indexer").newThread(() -> handOver(handOff, inOrder, stop, ending));
        try {
            reader.start();
            indexer.start();
            indexer.join();
        } finally {
            // on an interrupt: the indexer finishes the post in hand, then the workers and the reader stop
            stop.set(true);
            joinUninterruptibly(indexer);
            workers.shutdownNow();
            workers.close();
            joinUninterruptibly(reader);
        }
        return finish(ending.get());
    }

    /** The indexer thread: takes understood chunks in reading order and hands their posts to {@code inOrder}. */
    private static void handOver(BlockingQueue<Slot> handOff, Consumer<AnalysedPost> inOrder, AtomicBoolean stop,
            AtomicReference<End> ending) {
        try {
            while (!stop.get()) {
                Slot slot = handOff.poll(50, TimeUnit.MILLISECONDS);
                if (slot instanceof End end) {
                    ending.set(end);
                    return;
                }
                if (slot instanceof Pending pending) {
                    Understood chunk = await(pending.work());
                    for (AnalysedPost post : chunk.posts()) {
                        if (stop.get()) {
                            return;
                        }
                        inOrder.accept(post);
                    }
                    if (chunk.failure() != null || chunk.error() != null) {
                        ending.set(new End(null, chunk.failure(), chunk.error()));
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            ending.set(new End(null, e, null));
        } catch (Error e) {
            ending.set(new End(null, null, e));
        } catch (InterruptedException e) {
            // nobody interrupts this thread; if someone does, stop as if the caller had been interrupted
            Thread.currentThread().interrupt();
        } finally {
            stop.set(true);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> R finish(End end) throws InterruptedException {
        if (end == null) {
            // the indexer was stopped from outside before the end of the export
            throw new InterruptedException("import stopped before the end of the export");
        }
        rethrow(end.failure(), end.error());
        return (R) end.result();
    }

    /** The reader thread: reads the export into chunks, submits each, and queues them in order. */
    private static <R> void readAhead(Settings settings, Function<Consumer<Post>, R> read,
            Function<Post, AnalysedPost> understand, ExecutorService workers, BlockingQueue<Slot> handOff, AtomicBoolean stop) {
        List<Post> chunk = new ArrayList<>(settings.chunk());
        try {
            R result;
            try {
                result = read.apply(post -> {
                    if (stop.get()) {
                        throw new Stopped();
                    }
                    chunk.add(post);
                    if (chunk.size() == settings.chunk()) {
                        submit(List.copyOf(chunk), understand, workers, handOff, stop);
                        chunk.clear();
                    }
                });
            } catch (Stopped e) {
                throw e;
            } catch (RuntimeException e) {
                // posts read before the failure are handed over first, as a sequential import would
                submit(List.copyOf(chunk), understand, workers, handOff, stop);
                put(handOff, new End(null, e, null), stop);
                return;
            } catch (Error e) {
                put(handOff, new End(null, null, e), stop);
                return;
            }
            submit(List.copyOf(chunk), understand, workers, handOff, stop);
            put(handOff, new End(result, null, null), stop);
        } catch (Stopped e) {
            // the caller stopped (it failed or was interrupted): nobody is waiting for the rest
        }
    }

    private static void submit(List<Post> posts, Function<Post, AnalysedPost> understand, ExecutorService workers,
            BlockingQueue<Slot> handOff, AtomicBoolean stop) {
        if (posts.isEmpty()) {
            return;
        }
        Future<Understood> work;
        try {
            work = workers.submit(() -> understandAll(posts, understand));
        } catch (RejectedExecutionException e) {
            throw new Stopped();
        }
        put(handOff, new Pending(work), stop);
    }

    private static Understood understandAll(List<Post> posts, Function<Post, AnalysedPost> understand) {
        List<AnalysedPost> out = new ArrayList<>(posts.size());
        try {
            for (Post p : posts) {
                out.add(understand.apply(p));
            }
            return new Understood(out, null, null);
        } catch (RuntimeException e) {
            return new Understood(out, e, null);
        } catch (Error e) {
            return new Understood(out, null, e);
        }
    }

    /** Waits for room in the hand-off, giving up when the caller has stopped. */
    private static void put(BlockingQueue<Slot> handOff, Slot slot, AtomicBoolean stop) {
        try {
            while (!handOff.offer(slot, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static Understood await(Future<Understood> work) throws InterruptedException {
        try {
            // the workers run until the indexer has stopped, so this returns
            return work.get();
        } catch (ExecutionException e) {
            // understandAll catches what the analysis throws; anything else is a bug here
            throw new IllegalStateException("analysis worker failed", e.getCause());
        }
    }

    private static void rethrow(RuntimeException failure, Error error) {
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            // a SIGTERM or System.exit never waits for an import's helpers
            t.setDaemon(true);
            return t;
        };
    }
}
