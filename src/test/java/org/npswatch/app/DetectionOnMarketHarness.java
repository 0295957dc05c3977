package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.npswatch.detect.DetectionConfig;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.Availability;
import org.npswatch.market.MarketEvents;
import org.npswatch.model.SourceId;

/**
 * The long evaluation of detection on the simulated market: five seeds, three event schedules
 * (the standard one with Poisson noise, the same with negative-binomial noise, and a schedule with
 * the events at other weeks and on other substances), 26 weeks each, through the real pipeline.
 * Writes target/detection-on-market.md (the table in docs/detection.md) and the per-run details.
 *
 * <p>Crawled data directories are kept under target/market-harness/ and reused by later runs of
 * this class (delete the folder to crawl again): detection tuning needs only the replay.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbenchmark test -Dtest=DetectionOnMarketHarness}
 */
@Tag("benchmark")
class DetectionOnMarketHarness {
    static final int WEEKS = 26;
    static final long[] SEEDS = {42, 7, 1001, 31337, 20260401};

    /** The event schedules measured, by name. */
    static Map<String, MarketEvents> variants() {
        Map<String, MarketEvents> v = new LinkedHashMap<>();
        v.put("standard-poisson", MarketEvents.standard());
        v.put("standard-negbin", MarketEvents.standard().withNoise(MarketEvents.Noise.negativeBinomial(10)));
        v.put("shifted-negbin", shifted().withNoise(MarketEvents.Noise.negativeBinomial(10)));
        return v;
    }

    /**
     * Events at other weeks and on other substances: 2-MMC appears in week 5, 2-FDCK doubles in
     * week 11, 4-FA doubles in week 13 (a baseline under 10), 3-MMC halves in week 17 and doubles
     * again in week 22, 4-MMC prices drop by 30% in week 9, 3-CMC prices rise by 30% in week 19,
     * rc-onderzoek-nl vanishes in week 15 and labpulse is down in weeks 7 and 8.
     */
    static MarketEvents shifted() {
        return new MarketEvents(List.of(),
                List.of(new MarketEvents.Outage(SourceId.of("labpulse"), 7, 8, Availability.DOWN)),
                List.of(new MarketEvents.KnownAppearance("2-MMC", 5)),
                List.of(new MarketEvents.VolumeChange("2-FDCK", 11, new BigDecimal("2")),
                        new MarketEvents.VolumeChange("4-FA", 13, new BigDecimal("2")),
                        new MarketEvents.VolumeChange("3-MMC", 17, new BigDecimal("0.5")),
                        new MarketEvents.VolumeChange("3-MMC", 22, new BigDecimal("2"))),
                List.of(new MarketEvents.PriceChange("4-MMC", 9, new BigDecimal("0.70")),
                        new MarketEvents.PriceChange("3-CMC", 19, new BigDecimal("1.30"))),
                List.of(new MarketEvents.Vanish(SourceId.of("rc-onderzoek-nl"), 15)),
                MarketEvents.Noise.POISSON);
    }

    @Test
    void measuresDetectionOnTheSimulatedMarket() throws Exception {
        Lexicon lexicon = Lexicon.fromClasspath();
        Path root = Path.of("target", "market-harness");
        String onlyVariant = System.getProperty("harness.variant", "");
        record Job(String variant, long seed, MarketEvents events) {}
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<String, MarketEvents> v : variants().entrySet()) {
            if (onlyVariant.isEmpty() || List.of(onlyVariant.split(",")).contains(v.getKey())) {
                for (long seed : seeds()) {
                    jobs.add(new Job(v.getKey(), seed, v.getValue()));
                }
            }
        }
        // crawling waits on sockets and politeness delays much of the time: a few markets at once
        int threads = Integer.getInteger("harness.threads", 2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<MarketHarness.Crawled>> crawls = new ArrayList<>();
        for (Job j : jobs) {
            crawls.add(pool.submit(() -> crawledOrCached(root.resolve(j.variant() + "-" + j.seed()), j.seed(), j.events(), lexicon)));
        }
        pool.shutdown();
        List<MarketHarnessScore.Score> scores = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (int i = 0; i < jobs.size(); i++) {
            MarketHarness.Crawled crawled = crawls.get(i).get();
            MarketHarnessScore.Score s = MarketHarnessScore.score(crawled, jobs.get(i).variant(),
                    MarketHarness.replay(crawled, config(), lexicon));
            scores.add(s);
            details.append(MarketHarnessScore.details(s));
        }
        String table = MarketHarnessScore.table(scores);
        System.out.println(details);
        System.out.println(table);
        Files.writeString(Path.of("target", "detection-on-market.md"), table + "\n" + details);
        assertTrue(scores.stream().allMatch(s -> s.substanceWeeks() > 0), "every run observed substances");
    }

    /** The defaults, or with {@code -Dharness.alpha=F} every volume alpha multiplied by F (for the sweep in docs/detection.md). */
    private static DetectionConfig config() {
        DetectionConfig d = DetectionConfig.defaults();
        String alpha = System.getProperty("harness.alpha", "");
        d = alpha.isEmpty() ? d : d.withVolume(d.volume().withAlphaScale(Double.parseDouble(alpha)));
        String gap = System.getProperty("harness.gap", "");
        return gap.isEmpty() ? d : d.withVolume(d.volume().withEpisodeGapWeeks(Integer.parseInt(gap)));
    }

    private static long[] seeds() {
        String only = System.getProperty("harness.seeds", "");
        return only.isEmpty() ? SEEDS : java.util.Arrays.stream(only.split(",")).mapToLong(Long::parseLong).toArray();
    }

    private static MarketHarness.Crawled crawledOrCached(Path dir, long seed, MarketEvents events, Lexicon lexicon) throws IOException {
        Path done = dir.resolve("crawled");
        if (Files.exists(done)) {
            return new MarketHarness.Crawled(seed, events, WEEKS, dir, events.injected(), java.time.Duration.ZERO);
        }
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        MarketHarness.Crawled c = MarketHarness.crawl(seed, events, WEEKS, dir, lexicon);
        Files.writeString(done, c.took().toString());
        return c;
    }
}
