package org.npswatch.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.TelegramConfig;
import org.npswatch.extract.telegram.AdDeduplicator;
import org.npswatch.extract.telegram.IntentClassifier;
import org.npswatch.extract.telegram.PostAnalyser;
import org.npswatch.extract.telegram.PreviewPageParser;
import org.npswatch.fetch.telegram.ExportReadReport;
import org.npswatch.fetch.telegram.LastSeenStore;
import org.npswatch.fetch.telegram.PreviewFetcher;
import org.npswatch.fetch.telegram.PreviewRun;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramExportReader;
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.PostRecord;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.lexicon.PlaceGazetteer;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.store.RunLog;

/**
 * Telegram through the whole pipeline: read (web preview or export), pseudonymise, analyse
 * (intent, substances, menus, re-posts) and index, committing in batches. Re-posts are recognised
 * across runs and sources: the de-duplicator is seeded with the first copies already indexed.
 */
final class TelegramMonitor {
    /** How many posts go into one index commit during an import. */
    static final int BATCH = 20_000;

    /** What one read or import did. */
    record Outcome(SourceId source, boolean reached, long messages, long posts, long offers, long requests,
            long duplicates, long serviceSkipped, long malformed, Set<String> sellers, List<String> unknownCandidates) {}

    private final Path dataDir;
    private final OfferIndex index;
    private final RunLog runLog;
    private final Pseudonymiser pseudonymiser;
    private final PostAnalyser analyser;
    private final PipelinedImport.Settings importThreads;
    private final int importBatch;

    TelegramMonitor(Path dataDir, Lexicon lexicon, OfferIndex index, RunLog runLog, Pseudonymiser pseudonymiser) {
        this(dataDir, lexicon, index, runLog, pseudonymiser, PipelinedImport.Settings.forThisMachine());
    }

    /** @param importThreads how {@link #importExport} spreads its work over threads (results do not depend on it) */
    TelegramMonitor(Path dataDir, Lexicon lexicon, OfferIndex index, RunLog runLog, Pseudonymiser pseudonymiser,
            PipelinedImport.Settings importThreads) {
        this(dataDir, lexicon, index, runLog, pseudonymiser, importThreads, BATCH);
    }

    /** @param importBatch posts per index commit during an import ({@link #BATCH}; smaller in tests) */
    TelegramMonitor(Path dataDir, Lexicon lexicon, OfferIndex index, RunLog runLog, Pseudonymiser pseudonymiser,
            PipelinedImport.Settings importThreads, int importBatch) {
        if (importBatch < 1) {
            throw new IllegalArgumentException("importBatch must be at least 1: " + importBatch);
        }
        this.importThreads = importThreads;
        this.importBatch = importBatch;
        this.dataDir = dataDir;
        this.index = index;
        this.runLog = runLog;
        this.pseudonymiser = pseudonymiser;
        AdDeduplicator dedup = new AdDeduplicator();
        List<PostRecord> firstCopies = new ArrayList<>(index.posts(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")));
        firstCopies.removeIf(p -> p.duplicateOf().isPresent());
        firstCopies.sort(Comparator.comparing(PostRecord::postedAt).thenComparing(PostRecord::key));
        firstCopies.forEach(p -> dedup.assign(p.authorPseudonym().orElse(p.source().value()), p.key(), p.text()));
        this.analyser = new PostAnalyser(lexicon, IntentClassifier.standard(), PlaceGazetteer.fromClasspath(), dedup);
    }

    /**
     * Imports a Telegram Desktop export; posts already indexed are replaced, never duplicated.
     * Posts are committed every {@link #BATCH} posts (the import batch), in file order. When the export breaks, the
     * batches before the break stay indexed and the exception is thrown. When the calling thread
     * is interrupted (a stop request), the posts analysed so far, a prefix of the export, are
     * committed, no run is recorded, and the outcome says the export was not read to its end.
     */
    Outcome importExport(Path file, SourceId source, SourceKind kind, Instant at) {
        Tally t = new Tally(source);
        List<AnalysedPost> batch = new ArrayList<>();
        TelegramExportReader reader = new TelegramExportReader(pseudonymiser);
        ExportReadReport report;
        try {
            report = PipelinedImport.run(importThreads, sink -> reader.read(file, source, sink), analyser::understand,
                    understood -> {
                        batch.add(t.count(analyser.deduplicate(understood)));
                        if (batch.size() >= importBatch) {
                            index.recordPosts(source, kind, List.copyOf(batch));
                            batch.clear();
                        }
                    });
        } catch (InterruptedException e) {
            if (!batch.isEmpty()) {
                index.recordPosts(source, kind, batch);
            }
            Thread.currentThread().interrupt();
            return t.outcome(false, t.posts, 0, 0);
        }
        if (!batch.isEmpty()) {
            index.recordPosts(source, kind, batch);
        }
        runLog.append(new RunLog.Run(source, kind, "import-" + at.toEpochMilli(), at, true, (int) report.messagesRead(), (int) t.offers));
        return t.outcome(true, report.messagesRead(), report.serviceSkipped(), report.malformedSkipped());
    }

    /**
     * Reads the new messages of a channel's web preview.
     *
     * @param at the time the run is recorded under (now, or a simulated week in the demo)
     */
    Outcome readPreview(TelegramConfig channel, FetchLimits limits, Instant at) {
        Tally t = new Tally(channel.id());
        PreviewFetcher fetcher = new PreviewFetcher(new PreviewPageParser(), new LastSeenStore(dataDir), limits, pseudonymiser);
        try {
            PreviewRun run = fetcher.read(channel, posts -> {
                List<AnalysedPost> analysed = posts.stream()
                        .sorted(Comparator.comparing(Post::postedAt))
                        .map(analyser::analyse).map(t::count).toList();
                index.recordPosts(channel.id(), channel.kind(), analysed);
            });
            runLog.append(new RunLog.Run(channel.id(), channel.kind(), "preview-" + at.toEpochMilli(), at, true,
                    run.postsDelivered(), (int) t.offers));
            return t.outcome(true, run.postsDelivered() + run.serviceMessagesSkipped(), run.serviceMessagesSkipped(), 0);
        } catch (TelegramSourceException e) {
            runLog.append(new RunLog.Run(channel.id(), channel.kind(), "preview-" + at.toEpochMilli(), at, false, 0, 0));
            throw e;
        }
    }

    /**
     * Reads the new messages of a public chat through a logged-in TDLib client.
     *
     * @param at the time the run is recorded under
     */
    Outcome readTdlib(TelegramConfig chat, org.npswatch.fetch.telegram.tdlib.TdTransport td, Instant at) {
        Tally t = new Tally(chat.id());
        var reader = new org.npswatch.fetch.telegram.tdlib.TdlibChatReader(td,
                new org.npswatch.fetch.telegram.tdlib.TdMessageMapper(pseudonymiser),
                new org.npswatch.fetch.telegram.tdlib.ChatStateStore(dataDir),
                org.npswatch.fetch.telegram.tdlib.Sleeper.system(),
                org.npswatch.fetch.telegram.tdlib.TdlibChatReader.Options.defaults());
        try {
            var read = reader.read(chat);
            List<AnalysedPost> analysed = read.posts().stream()
                    .sorted(Comparator.comparing(Post::postedAt))
                    .map(analyser::analyse).map(t::count).toList();
            index.recordPosts(chat.id(), chat.kind(), analysed);
            runLog.append(new RunLog.Run(chat.id(), chat.kind(), "tdlib-" + at.toEpochMilli(), at, true, analysed.size(), (int) t.offers));
            return t.outcome(true, analysed.size(), 0, 0);
        } catch (org.npswatch.fetch.telegram.tdlib.TdlibException e) {
            runLog.append(new RunLog.Run(chat.id(), chat.kind(), "tdlib-" + at.toEpochMilli(), at, false, 0, 0));
            throw e;
        }
    }

    /** Counts of one run. */
    private static final class Tally {
        final SourceId source;
        long posts;
        long offers;
        long requests;
        long duplicates;
        final Set<String> sellers = new HashSet<>();
        final Set<String> unknown = new java.util.TreeSet<>();

        Tally(SourceId source) {
            this.source = source;
        }

        AnalysedPost count(AnalysedPost a) {
            posts++;
            if (a.intent() == Intent.OFFER) {
                offers++;
                a.post().authorPseudonym().ifPresent(sellers::add);
            } else if (a.intent() == Intent.REQUEST) {
                requests++;
            }
            if (a.duplicateOf().isPresent()) {
                duplicates++;
            }
            unknown.addAll(a.unknownCandidates());
            return a;
        }

        Outcome outcome(boolean reached, long messages, long service, long malformed) {
            return new Outcome(source, reached, messages, posts, offers, requests, duplicates, service, malformed,
                    Set.copyOf(sellers), List.copyOf(unknown));
        }
    }
}
