package org.npswatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.extract.PageExtraction;
import org.npswatch.index.OfferIndex;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Offer;
import org.npswatch.model.Page;
import org.npswatch.model.SourceKind;

/**
 * Issue 2's benchmark: pages per second through extract + normalise + index, against parsing the
 * same pages alone, in the same run, with peak heap. The simulated market's pages are crawled once
 * over loopback into memory; then three phases run over exactly those pages:
 *
 * <ol>
 *   <li>(a) parse: decode the bytes and parse them as the extractor chain does (jsoup for HTML,
 *       Jackson for products JSON) and nothing else: the baseline;
 *   <li>(b) extract: {@link PageExtraction#extract(Page, java.util.Optional)}, the extractor chain
 *       and the lexicon normaliser, as the monitor calls it;
 *   <li>(c) extract + index: (b), then each shop-week's offers recorded in a fresh Lucene index
 *       with {@link OfferIndex#recordCrawl}, one commit per crawl as the monitor does.
 * </ol>
 *
 * After two warm-up rounds the phases run interleaved (a, b, c, a, b, c, ...) so machine noise hits
 * them alike; each is read by its median. Run: {@code ./mvnw -B -o -Pbenchmark test
 * -Dtest=WebshopPipelineBenchmark} (options: {@code -Dnpswatch.bench.weeks=8},
 * {@code -Dnpswatch.bench.runs=7}). The table goes to {@code target/benchmarks/webshop-pipeline.md}.
 */
@Tag("benchmark")
class WebshopPipelineBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARMUP_ROUNDS = 2;

    @TempDir
    Path dir;

    /** Time spent inside recordCrawl (staging + commit) in each run of (c), warm-up included. */
    private final List<Long> recordCrawlNanos = new ArrayList<>();

    @Test
    void measuresPagesPerSecondAgainstParsingAlone() throws IOException {
        int weeks = Integer.getInteger("npswatch.bench.weeks", 8);
        int runs = Integer.getInteger("npswatch.bench.runs", 7);
        Lexicon lexicon = Lexicon.fromClasspath();
        PageExtraction extraction = new PageExtraction(lexicon);

        ShopCorpus corpus = ShopCorpus.crawl(42, weeks, dir);
        int pages = corpus.pages();
        assertTrue(pages > 100, "the market must yield a corpus worth timing, got " + pages + " pages");

        List<Phase> phases = List.of(
                new Phase("(a) parse only (jsoup / Jackson)", pages, c -> parseAll(c)),
                new Phase("(b) extract + normalise", pages, c -> extractAll(c, extraction)),
                new Phase("(c) extract + normalise + index", pages, c -> extractAndIndex(c, extraction, lexicon)));
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (Phase p : phases) {
                p.run(corpus, false);
            }
        }
        for (int round = 0; round < runs; round++) {
            for (Phase p : phases) {
                p.run(corpus, true);
            }
        }
        // every run of a phase must have done the same work, or the timings compare different things
        for (Phase p : phases) {
            assertEquals(1, p.results.stream().distinct().count(), p.timings.phase() + " gave different results: " + p.results);
        }
        assertTrue(phases.get(1).results.getFirst() > 0, "the market's pages must yield offers");
        String report = report(corpus, phases, runs);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "webshop-pipeline.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** One timed phase: its timings, the largest heap reading over its runs, and what each run produced. */
    private static final class Phase {
        final Timings timings;
        final ToLongFunction<ShopCorpus> work;
        final List<Long> results = new ArrayList<>();
        HeapSampler.Reading heap;

        Phase(String name, int pages, ToLongFunction<ShopCorpus> work) {
            this.timings = new Timings(name, pages);
            this.work = work;
        }

        void run(ShopCorpus corpus, boolean measured) {
            HeapSampler sampler = HeapSampler.start();
            long start = System.nanoTime();
            long result = work.applyAsLong(corpus);
            long took = System.nanoTime() - start;
            HeapSampler.Reading r = sampler.stop();
            if (measured) {
                timings.add(took);
                results.add(result);
                heap = heap == null || r.peakUsedBytes() > heap.peakUsedBytes() ? r : heap;
            }
        }
    }

    /** (a): returns a checksum of the parsed trees so the work cannot be optimised away. */
    private static long parseAll(ShopCorpus corpus) {
        long sink = 0;
        for (ShopCorpus.ShopCrawl c : corpus.crawls()) {
            for (Page page : c.pages()) {
                String text = page.text();
                String lead = text.stripLeading();
                if (page.isJson() || lead.startsWith("{") || lead.startsWith("[")) {
                    try {
                        sink += JSON.readTree(text).size();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot parse " + page.url(), e);
                    }
                } else {
                    sink += Jsoup.parse(text, page.url().toString()).getAllElements().size();
                }
            }
        }
        return sink;
    }

    /** (b): returns the number of offers found. */
    private static long extractAll(ShopCorpus corpus, PageExtraction extraction) {
        long offers = 0;
        for (ShopCorpus.ShopCrawl c : corpus.crawls()) {
            for (Page page : c.pages()) {
                offers += extraction.extract(page, c.profile()).size();
            }
        }
        return offers;
    }

    /** (c): extraction as in (b), then one recordCrawl per shop-week into a fresh index; returns listings recorded. */
    private long extractAndIndex(ShopCorpus corpus, PageExtraction extraction, Lexicon lexicon) {
        Path data;
        try {
            data = Files.createTempDirectory(dir, "index-run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long listings = 0;
        long inIndex = 0;
        try (OfferIndex index = OfferIndex.open(data, lexicon)) {
            for (ShopCorpus.ShopCrawl c : corpus.crawls()) {
                Map<String, Offer> offers = new LinkedHashMap<>();
                Map<String, String> evidence = new LinkedHashMap<>();
                for (Page page : c.pages()) {
                    keepRichest(extraction.extract(page, c.profile()), page, offers, evidence);
                }
                long start = System.nanoTime();
                index.recordCrawl(c.shop(), SourceKind.WEBSHOP, c.report().crawlId(), c.seenAt(),
                        List.copyOf(offers.values()), evidence, c.report().complete());
                inIndex += System.nanoTime() - start;
                listings += offers.size();
            }
        }
        recordCrawlNanos.add(inIndex);
        deleteTree(data);
        return listings;
    }

    /** As the webshop monitor does: the same product on a card and on its page keeps the richer view. */
    private static void keepRichest(List<Offer> found, Page page, Map<String, Offer> offers, Map<String, String> evidence) {
        for (Offer o : found) {
            Offer previous = offers.get(o.listingKey());
            if (previous == null || o.isRicherThan(previous)) {
                offers.put(o.listingKey(), o);
                page.warcRecordId().ifPresent(id -> evidence.put(o.listingKey(), id));
            }
        }
    }

    private String report(ShopCorpus corpus, List<Phase> phases, int runs) {
        Timings base = phases.getFirst().timings;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Corpus: %d pages (%d products JSON), %.1f MB, %d shop crawls over %d weeks;"
                        + " %d runs per phase after %d warm-up rounds; JVM max heap %d MB%n%n",
                corpus.pages(), corpus.jsonPages(), corpus.pageBytes() / 1e6, corpus.crawls().size(),
                corpus.crawls().stream().mapToInt(ShopCorpus.ShopCrawl::week).max().orElse(0) + 1, runs, WARMUP_ROUNDS,
                Runtime.getRuntime().maxMemory() >> 20));
        b.append("| phase | median s | pages/s (median) | pages/s (min..max) | rate vs (a) | time vs (a) | peak heap used MB | max heap after GC MB | GCs | GC ms |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Phase p : phases) {
            Timings t = p.timings;
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %s | %s..%s | %.3f | %.1fx | %s | %s | %d | %d |%n",
                    t.phase(), t.medianSeconds(), Timings.fmt(t.medianRate()), Timings.fmt(t.minRate()),
                    Timings.fmt(t.maxRate()), t.medianRate() / base.medianRate(), t.timeRatioTo(base),
                    p.heap.peakUsedMiB(), p.heap.maxAfterGcMiB(), p.heap.gcCount(), p.heap.gcMillis()));
        }
        b.append(String.format(Locale.ROOT, "%nOffers per run of (b): %d; listings recorded per run of (c): %d%n",
                phases.get(1).results.getFirst(), phases.get(2).results.getFirst()));
        Timings inIndex = new Timings("recordCrawl", corpus.crawls().size());
        recordCrawlNanos.subList(recordCrawlNanos.size() - runs, recordCrawlNanos.size()).forEach(inIndex::add);
        b.append(String.format(Locale.ROOT, "Of (c)'s median time, inside OfferIndex.recordCrawl (stage + commit, %d commits"
                        + " per run): %.3f s (median), %.1f ms per commit%n",
                corpus.crawls().size(), inIndex.medianSeconds(), 1000 * inIndex.medianSeconds() / corpus.crawls().size()));
        double crawlSeconds = corpus.crawlNanos() / 1e9;
        b.append(String.format(Locale.ROOT, "Crawl (for information, demo politeness delay 20 ms per host, one shop at a time,"
                        + " WARC archiving on): %d page requests, %d pages delivered, %.1f MB in %.1f s = %.1f pages/s%n",
                corpus.pagesRequested(), corpus.pages(), corpus.bytesFetched() / 1e6, crawlSeconds,
                corpus.pagesRequested() / crawlSeconds));
        return b.toString();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
