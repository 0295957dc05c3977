package org.npswatch.index;

import static org.npswatch.index.IndexSchema.idTerm;
import static org.npswatch.index.IndexSchema.observationKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Offer;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/**
 * The Lucene index of webshop listings, their per-crawl observations and Telegram posts, in
 * {@code dataDir/index}. Thread-safe: searches run concurrently on the last committed state;
 * writes are serialised, and everything one {@link #recordCrawl} or {@link #recordPosts} writes
 * becomes visible, and durable, in one commit or not at all.
 */
public final class OfferIndex implements AutoCloseable {
    /** Sub-directory of the data directory holding the index. */
    public static final String INDEX_DIR = "index";

    private final Path indexDir;
    private final Directory directory;
    private final SubstanceAnalyzer analyzer;
    private final Documents documents;
    private final ListingUpdates updates;
    private final SearchQueries queries;
    private final FacetCounting facetCounting;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    /** Guarded by writeLock; replaced by a fresh writer after a failed write is rolled back. */
    private IndexWriter writer;
    private volatile boolean closed;
    /** Set when a failed write could not be rolled back; writes and reads are refused. */
    private volatile boolean failed;

    private OfferIndex(Path indexDir, Directory directory, SubstanceAnalyzer analyzer, Lexicon lexicon,
            IndexWriter writer, SearcherManager searchers) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.documents = new Documents(IndexSchema.facetsConfig());
        this.updates = new ListingUpdates(lexicon);
        this.queries = new SearchQueries(analyzer, lexicon);
        this.facetCounting = new FacetCounting(IndexSchema.facetsConfig());
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens (creating when absent) the index in {@code dataDir/index}.
     *
     * @throws IndexException when the index has another schema version, is locked by another
     *     process, or cannot be read
     */
    /**
     * Opens an existing index for reading only, without taking the write lock, so searches and
     * detection can run while the service is crawling. It sees what was committed when it opened;
     * the write methods throw.
     */
    public static OfferIndex openReadOnly(Path dataDir, Lexicon lexicon) {
        Path indexDir = dataDir.resolve(INDEX_DIR);
        SubstanceAnalyzer analyzer = new SubstanceAnalyzer(lexicon);
        Directory directory = null;
        try {
            if (!Files.isDirectory(indexDir)) {
                throw new IndexException(indexDir, "no index here yet");
            }
            directory = FSDirectory.open(indexDir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexException(indexDir, "no index here yet");
            }
            IndexSchema.checkVersion(directory, indexDir);
            SearcherManager searchers = new SearcherManager(directory, null);
            return new OfferIndex(indexDir, directory, analyzer, lexicon, null, searchers);
        } catch (IOException e) {
            closeQuietly(null, directory, analyzer);
            throw new IndexException(indexDir, "cannot open the index", e);
        } catch (RuntimeException e) {
            closeQuietly(null, directory, analyzer);
            throw e;
        }
    }

    public static OfferIndex open(Path dataDir, Lexicon lexicon) {
        Path indexDir = dataDir.resolve(INDEX_DIR);
        SubstanceAnalyzer analyzer = new SubstanceAnalyzer(lexicon);
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(indexDir);
            directory = FSDirectory.open(indexDir);
            IndexSchema.checkVersion(directory, indexDir);
            boolean exists = DirectoryReader.indexExists(directory);
            writer = newWriter(directory, analyzer);
            if (!exists) {
                writer.setLiveCommitData(IndexSchema.commitData("create", "", "", Instant.now()).entrySet());
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            return new OfferIndex(indexDir, directory, analyzer, lexicon, writer, searchers);
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, directory, analyzer);
            throw new IndexException(indexDir, "index is in use by another npswatch process;"
                    + " stop it or give this command another --data directory", e);
        } catch (IOException e) {
            closeQuietly(writer, directory, analyzer);
            throw new IndexException(indexDir, "cannot open the index", e);
        } catch (RuntimeException e) {
            closeQuietly(writer, directory, analyzer);
            throw e;
        }
    }

    private static IndexWriter newWriter(Directory directory, SubstanceAnalyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Closing must never commit a half-recorded crawl.
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    /**
     * Records one crawl of one webshop in a single commit: upserts a LISTING document per listing
     * key, adds an OBSERVATION per listing seen (id: listing key + crawl id, so a re-run replaces
     * it), and marks listings of this source that the crawl did not see as gone. Re-running a crawl
     * id that was committed changes nothing and reports every listing unchanged.
     *
     * @param evidence WARC record id per listing key or per page URL ({@code offer.url()})
     * @return what changed against the index's previous state of this source
     */
    public CrawlDiff recordCrawl(SourceId source, SourceKind kind, String crawlId, Instant seenAt,
            List<Offer> offers, Map<String, String> evidence) {
        return recordCrawl(source, kind, crawlId, seenAt, offers, evidence, true);
    }

    /**
     * Records a crawl that may not have covered the whole shop (stopped at its page limit, by the
     * host, or by a shutdown): with {@code complete} false, listings it did not see are left as
     * they were instead of being marked gone.
     */
    public CrawlDiff recordCrawl(SourceId source, SourceKind kind, String crawlId, Instant seenAt,
            List<Offer> offers, Map<String, String> evidence, boolean complete) {
        requireFrom(source, offers);
        synchronized (writeLock) {
            ensureWritable();
            try {
                CrawlDiff diff = stageCrawl(source, kind, crawlId, seenAt, offers, evidence, complete);
                commit(IndexSchema.commitData("crawl", source.value(), crawlId, Instant.now()));
                return diff;
            } catch (IOException | RuntimeException e) {
                throw discardUncommitted("crawl " + crawlId + " of " + source + " was not recorded", e);
            }
        }
    }

    /** Adds a crawl's documents to the writer without committing; the crash tests stop here. */
    CrawlDiff stageCrawl(SourceId source, SourceKind kind, String crawlId, Instant seenAt,
            List<Offer> offers, Map<String, String> evidence) throws IOException {
        return stageCrawl(source, kind, crawlId, seenAt, offers, evidence, true);
    }

    private CrawlDiff stageCrawl(SourceId source, SourceKind kind, String crawlId, Instant seenAt,
            List<Offer> offers, Map<String, String> evidence, boolean complete) throws IOException {
        Objects.requireNonNull(crawlId, "crawlId");
        requireFrom(source, offers);
        synchronized (writeLock) {
            Map<String, ListingRecord> known = new LinkedHashMap<>();
            for (ListingRecord r : readAll(SearchQueries.listingsOf(source.value()), SearchQueries.byTimeThenKey(),
                    Documents::readListing)) {
                known.put(r.key(), r);
            }
            ListingUpdates.Crawl crawl = updates.apply(known, kind, crawlId,
                    seenAt.truncatedTo(ChronoUnit.MILLIS), offers, evidence, complete);
            for (ListingRecord listing : crawl.listings()) {
                writer.updateDocument(idTerm(DocType.LISTING, listing.key()), documents.listing(listing));
            }
            for (ObservationRecord obs : crawl.observations()) {
                writer.updateDocument(idTerm(DocType.OBSERVATION, observationKey(obs.listingKey(), obs.crawlId())),
                        documents.observation(obs));
            }
            return crawl.diff();
        }
    }

    private static void requireFrom(SourceId source, List<Offer> offers) {
        for (Offer o : offers) {
            if (!o.source().equals(source)) {
                throw new IllegalArgumentException("offer " + o.listingKey() + " is not from source " + source);
            }
        }
    }

    /** Writes staged documents to disk without committing them (crash tests). */
    void flushUncommitted() throws IOException {
        synchronized (writeLock) {
            writer.flush();
        }
    }

    /**
     * Upserts Telegram posts by post key, in one commit. Posts carry the same substance, class,
     * source and legal-status facets as listings.
     */
    public void recordPosts(SourceId source, SourceKind kind, List<AnalysedPost> posts) {
        for (AnalysedPost p : posts) {
            if (!p.post().source().equals(source)) {
                throw new IllegalArgumentException("post " + p.post().key() + " is not from source " + source);
            }
        }
        synchronized (writeLock) {
            ensureWritable();
            try {
                for (AnalysedPost p : posts) {
                    PostRecord r = updates.post(p, kind);
                    writer.updateDocument(idTerm(DocType.POST, r.key()), documents.post(r));
                }
                commit(IndexSchema.commitData("posts", source.value(), "", Instant.now()));
            } catch (IOException | RuntimeException e) {
                throw discardUncommitted(posts.size() + " posts of " + source + " were not recorded", e);
            }
        }
    }

    private void commit(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Rolls back everything since the last commit and opens a fresh writer, so the next crawl does
     * not commit this one's leftovers.
     */
    private IndexException discardUncommitted(String what, Exception cause) {
        try {
            writer.rollback();
            writer = newWriter(directory, analyzer);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
            failed = true;
            return new IndexException(indexDir, what + "; the index could not be reopened and is now closed", cause);
        }
        return new IndexException(indexDir, what, cause);
    }

    /** Listings and posts matching the request, with facet counts over all matches. */
    public SearchResults search(SearchRequest request) {
        Query query = queries.search(request);
        Sort sort = request.query().isPresent() ? SearchQueries.byRelevance() : SearchQueries.bySourceThenProduct();
        return withSearcher(searcher -> {
            FacetsCollectorManager manager = new FacetsCollectorManager();
            FacetsCollector matches;
            List<Hit> hits = new ArrayList<>();
            if (request.limit() == 0) {
                matches = searcher.search(query, manager);
            } else {
                FacetsCollectorManager.FacetsResult result =
                        FacetsCollectorManager.search(searcher, query, request.limit(), sort, manager);
                matches = result.facetsCollector();
                for (Document doc : documents(searcher, result.topDocs())) {
                    hits.add(Documents.readHit(doc));
                }
            }
            long total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            return new SearchResults(total, hits, facetCounting.count(searcher.getIndexReader(), matches));
        });
    }

    /** The current state of one listing. */
    public Optional<ListingRecord> listing(String listingKey) {
        return readAll(new org.apache.lucene.search.TermQuery(idTerm(DocType.LISTING, listingKey)),
                SearchQueries.byTimeThenKey(), Documents::readListing).stream().findFirst();
    }

    /** Every observation of one listing, oldest first. */
    public List<ObservationRecord> history(String listingKey) {
        return readAll(SearchQueries.history(listingKey), SearchQueries.byTimeThenKey(), Documents::readObservation);
    }

    /** Every observation of every listing seen in [from, to), oldest first. */
    public List<ObservationRecord> observations(Instant from, Instant to) {
        return readAll(SearchQueries.between(DocType.OBSERVATION, from, to), SearchQueries.byTimeThenKey(),
                Documents::readObservation);
    }

    /** Every post posted in [from, to), oldest first. */
    public List<PostRecord> posts(Instant from, Instant to) {
        return readAll(SearchQueries.between(DocType.POST, from, to), SearchQueries.byTimeThenKey(), Documents::readPost);
    }

    /** The user data of the latest commit (schema version, last crawl id and source). */
    public Map<String, String> lastCommitData() {
        return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData());
    }

    private <T> List<T> readAll(Query query, Sort sort, Function<Document, T> reader) {
        return withSearcher(searcher -> {
            int count = searcher.count(query);
            if (count == 0) {
                return List.of();
            }
            return documents(searcher, searcher.search(query, count, sort)).stream().map(reader).toList();
        });
    }

    private static List<Document> documents(IndexSearcher searcher, TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Document> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(stored.document(sd.doc));
        }
        return out;
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> work) {
        ensureOpen();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (AlreadyClosedException e) {
            throw new IndexException(indexDir, "the index is closed", e);
        } catch (IOException e) {
            throw new IndexException(indexDir, "cannot open an index searcher", e);
        }
        try {
            return work.apply(searcher);
        } catch (IOException e) {
            throw new IndexException(indexDir, "cannot read the index", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new IndexException(indexDir, "cannot release an index searcher", e);
            }
        }
    }

    private void ensureWritable() {
        ensureOpen();
        if (writer == null) {
            throw new IndexException(indexDir, "the index was opened read-only");
        }
    }

    private void ensureOpen() {
        if (closed || failed) {
            throw new IndexException(indexDir, failed ? "the index failed after an error and must be reopened"
                    : "the index is closed");
        }
    }

    /** Closes the index without committing anything: an unfinished write is rolled back. */
    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                IOUtils.close(searchers, writer == null ? null : (java.io.Closeable) writer::rollback, directory, analyzer);
            } catch (IOException e) {
                throw new IndexException(indexDir, "cannot close the index", e);
            }
        }
    }

    private static void closeQuietly(IndexWriter writer, Directory directory, SubstanceAnalyzer analyzer) {
        IOUtils.closeWhileHandlingException(writer == null ? null : (java.io.Closeable) writer::rollback, directory, analyzer);
    }
}
