package org.npswatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.npswatch.detect.DetectionConfig;
import org.npswatch.extract.PageExtraction;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.index.OfferIndex;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.InjectedEvent;
import org.npswatch.market.MarketEvents;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.store.FlagStore;
import org.npswatch.store.RunLog;

/**
 * Drives the real pipeline over the simulated market exactly as {@code npswatch demo} and
 * {@code simulate} do ({@link MarketCrawl}: every shop crawled and every channel read once a
 * week, observations recorded at the simulated publication time plus three hours), then replays
 * detection over the stored history. The sample Telegram export the demo also imports is left
 * out: it covers only the market's first 12 weeks and is not in the answer key.
 */
final class MarketHarness {
    /** One crawled market: where its data lies and what was injected into it. */
    record Crawled(long seed, MarketEvents events, int weeks, Path data, List<InjectedEvent> injected, Duration took) {
        /**
         * The substances the market truly offered in each week (shops online that week, offer
         * posts of public channels), read back from the file the crawl wrote: some background
         * products carry a substance the market had not offered before, which is a true
         * NEW_SUBSTANCE though not in the answer key.
         */
        List<java.util.Set<String>> truthSubstances() {
            try {
                return Files.readAllLines(data.resolve(TRUTH_FILE)).stream()
                        .map(l -> (java.util.Set<String>) new java.util.TreeSet<>(l.isBlank() ? List.of() : List.of(l.split("\t"))))
                        .toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One line per market week: the substances on offer that week, tab-separated. */
    static final String TRUTH_FILE = "truth-substances.tsv";

    /** A fixed key: the harness's pseudonyms need only be stable within one data directory. */
    private static final String PSEUDONYM_KEY = "6d61726b65742d6861726e6573732d6b6579";

    private MarketHarness() {}

    /** Crawls {@code weeks} simulated weeks of the market into {@code data} (which must be empty or absent). */
    static Crawled crawl(long seed, MarketEvents events, int weeks, Path data, Lexicon lexicon) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (SimulatedMarket market = SimulatedMarket.start(seed, events);
                OfferIndex index = OfferIndex.open(data, lexicon)) {
            RunLog runLog = RunLog.open(data);
            WebshopMonitor shops = new WebshopMonitor(data, new PageExtraction(lexicon), index, runLog);
            TelegramMonitor telegram = new TelegramMonitor(data, lexicon, index, runLog, new Pseudonymiser(PSEUDONYM_KEY));
            StringBuilder truth = new StringBuilder();
            new MarketCrawl(market, shops, telegram, data.resolve("harness-sources"))
                    .run(weeks, (week, m) -> truth.append(String.join("\t", truthSubstances(m, week.week()))).append('\n'));
            try {
                Files.writeString(data.resolve(TRUTH_FILE), truth);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Crawled(seed, events, weeks, data, market.injectedEvents(), Duration.between(started, Instant.now()));
        }
    }

    private static java.util.SortedSet<String> truthSubstances(SimulatedMarket market, int w) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(market.truth().substancesOnOffer());
        market.telegramTruth().channels().stream().filter(c -> c.publicChannel())
                .flatMap(c -> c.inWeek(w).stream())
                .filter(m -> m.intent() == org.npswatch.model.Intent.OFFER)
                .forEach(m -> names.addAll(m.substances()));
        return names;
    }

    /** Replays detection with {@code config} over a crawled market's stored history (a fresh flag store each time). */
    static Detection.Result replay(Crawled crawled, DetectionConfig config, Lexicon lexicon) {
        Path flags = crawled.data().resolve("flags-" + System.nanoTime());
        try (OfferIndex index = OfferIndex.open(crawled.data(), lexicon);
                FlagStore store = FlagStore.open(flags)) {
            return new Detection(config).run(index, RunLog.open(crawled.data()), lexicon, store, true);
        }
    }
}
