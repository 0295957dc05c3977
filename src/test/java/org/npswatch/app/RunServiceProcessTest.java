package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.index.DocType;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.SearchRequest;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.market.SimulatedShop;
import org.npswatch.store.RunLog;

/**
 * {@code npswatch run} as a real process: it crawls on its cron, and SIGTERM in the middle of a
 * crawl makes it finish the page in hand, commit what it saw and exit, leaving the index and the
 * ledgers readable. A second start of the service on the same data carries on.
 */
class RunServiceProcessTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermDuringACrawlCommitsAndExitsCleanly() throws Exception {
        try (SimulatedMarket market = SimulatedMarket.start(42)) {
            SimulatedShop shop = market.shops().stream().filter(s -> s.id().value().equals("chemvault")).findFirst().orElseThrow();
            Path config = Files.createDirectories(tmp.resolve("crawl-config"));
            Files.writeString(config.resolve("chemvault.yaml"), """
                    id: chemvault
                    kind: webshop
                    seeds: [%s]
                    politeness_delay: 1s
                    max_pages: 40
                    schedule: "0/2 * * * * ?"
                    user_agent: "npswatch-test (+https://example.org/npswatch)"
                    """.formatted(shop.baseUri()));
            Path data = tmp.resolve("data");

            Path out = tmp.resolve("service.log");
            Process p = start(config, data, out);
            // wait until the crawl has fetched a few pages (1 s apart), then stop the service
            waitFor(() -> market.requests(shop.id()).size() >= 8, Duration.ofSeconds(60), "the service never crawled");
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "service did not exit after SIGTERM");
            String log = Files.readString(out);
            assertTrue(log.contains("1 sources scheduled"), log);

            List<RunLog.Run> runs = RunLog.open(data).runs();
            assertEquals(1, runs.size(), "one (partial) crawl was recorded: " + runs);
            assertTrue(runs.getFirst().reached());
            int requestsAtStop = market.requests(shop.id()).size();
            assertTrue(requestsAtStop < 20, "stopped early, not after a whole crawl: " + requestsAtStop);
            try (OfferIndex index = OfferIndex.open(data, Lexicon.fromClasspath())) {
                long listings = index.search(SearchRequest.all(1000).withType(DocType.LISTING)).totalHits();
                assertTrue(listings > 0, "the offers seen before SIGTERM were committed");
            }

            // the service starts again on the same data and resumes the interrupted crawl
            Process again = start(config, data, tmp.resolve("service2.log"));
            waitFor(() -> RunLog.open(data).runs().size() >= 2, Duration.ofSeconds(90), "the service did not run again");
            again.destroy();
            assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        }
    }

    private static Process start(Path config, Path data, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.npswatch.app.Main", "--data", data.toString(), "--config", config.toString(), "run"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration max, String message) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, message);
            Thread.sleep(200);
        }
    }
}
