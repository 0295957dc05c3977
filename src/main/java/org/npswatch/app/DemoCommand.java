package org.npswatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.npswatch.config.TelegramConfig;
import org.npswatch.config.WebshopConfig;
import org.npswatch.extract.PageExtraction;
import org.npswatch.index.FacetCount;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.SearchRequest;
import org.npswatch.index.SearchResults;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.MarketScenario;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.store.RunLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code npswatch demo}: starts the simulated market on loopback, crawls every shop week by week
 * as the scheduled service would, indexes what it finds, and prints a summary. Never touches the
 * internet.
 */
@Command(name = "demo", description = "Start the simulated market on loopback, crawl it week by week, index, and print a summary.")
final class DemoCommand implements Callable<Integer> {
    static final String MARKER = ".npswatch-demo";

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-serve", description = "Exit when the work is done (the web UI of a later release would keep serving).")
    boolean noServe;

    @Option(names = "--weeks", paramLabel = "N",
            description = "Simulated weeks to crawl. Default: 12 for the standard scenario, else the scenario's weeks")
    Integer weeks;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulated market. Default: the scenario's (42 for the standard one)")
    Long seed;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Market scenario file (docs/configuration.md, \"Market scenarios\"). Default: the standard scenario")
    Path scenarioFile;

    /** Weeks the demo crawls of the standard scenario (which describes 26). */
    static final int STANDARD_DEMO_WEEKS = 12;

    @Override
    public Integer call() {
        MarketScenario scenario = SimulateCommand.scenario(main, scenarioFile, weeks, seed,
                scenarioFile == null ? STANDARD_DEMO_WEEKS : null);
        int n = scenario.weeks();
        Path data = main.dataDir();
        prepare(data);
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon = main.lexicon();
        Instant started = Instant.now();
        out.printf("npswatch demo: simulated market (%s, seed %d) on loopback, %d weeks, data in %s%n",
                scenarioFile == null ? "standard scenario" : "scenario " + scenarioFile, scenario.seed(), n, data.toAbsolutePath());
        try (SimulatedMarket market = SimulatedMarket.start(scenario, 0);
                OfferIndex index = OfferIndex.open(data, lexicon)) {
            RunLog runLog = RunLog.open(data);
            WebshopMonitor monitor = new WebshopMonitor(data, new PageExtraction(lexicon), index, runLog);
            // posters are pseudonymised with a key that lives only in this process: the demo's
            // pseudonyms cannot be linked to anything else
            TelegramMonitor telegram = new TelegramMonitor(data, lexicon, index, runLog, demoPseudonymiser());
            MarketCrawl crawl = new MarketCrawl(market, monitor, telegram, data.resolve("demo-sources"));
            List<WebshopConfig> shops = crawl.shopConfigs();
            List<TelegramConfig> channels = crawl.channelConfigs();
            out.printf("%d shops on 127.0.0.1: %s%n", shops.size(), String.join(", ", shops.stream().map(s -> s.id().value()).toList()));
            out.printf("%d Telegram channels (web preview on 127.0.0.1): %s%n", channels.size(),
                    String.join(", ", channels.stream().map(TelegramConfig::username).toList()));
            TreeSet<String> unknown = new TreeSet<>();
            crawl.run(n, (week, m) -> {
                unknown.addAll(week.unknownCandidates());
                out.println(week.progressLine());
            });
            Path export = market.writeSampleExport(data.resolve("demo-export"));
            TelegramMonitor.Outcome imported = telegram.importExport(export, org.npswatch.model.SourceId.of("demo-group-export"),
                    org.npswatch.model.SourceKind.TELEGRAM_GROUP, market.clock().publishedAt(n - 1).plus(Duration.ofHours(4)));
            out.printf("Imported a Telegram Desktop export of a group: %d messages, %d posts (%d offers, %d requests, %d re-posts), %d sellers%n",
                    imported.messages(), imported.posts(), imported.offers(), imported.requests(), imported.duplicates(),
                    imported.sellers().size());
            summary(out, index, unknown, data, Duration.between(started, Instant.now()));
            flags(out, index, runLog, lexicon, data);
        }
        return 0;
    }

    private void summary(PrintWriter out, OfferIndex index, TreeSet<String> unknown, Path data, Duration took) {
        SearchResults all = index.search(SearchRequest.all(10_000).withType(org.npswatch.index.DocType.LISTING));
        out.println();
        out.printf("Index: %d current listings%n", all.totalHits());
        SearchResults posts = index.search(SearchRequest.all(1).withType(org.npswatch.index.DocType.POST));
        out.printf("Index: %d Telegram posts; top substances on Telegram: %s%n", posts.totalHits(),
                String.join(", ", posts.facets().substances().stream().limit(10).map(c -> c.value() + " " + c.count()).toList()));
        printFacet(out, "by shop", all.facets().sources(), 12);
        printFacet(out, "top substances", all.facets().substances(), 15);
        printFacet(out, "by class", all.facets().classes(), 12);
        printFacet(out, "by legal status", all.facets().legalStatuses(), 5);
        out.printf("Unknown substance-like names (candidates for the lexicon): %s%n", unknown.isEmpty() ? "none" : String.join(", ", unknown));
        out.printf("Done in %d s. Data: %s (index/, warc/, state/)%n", took.toSeconds(), data.toAbsolutePath());
        out.printf("Try: ./npswatch --data %s search --substance 3mmc%n", data);
    }

    /** Replays detection over the simulated history, as if it had run at the end of every week. */
    private static void flags(PrintWriter out, OfferIndex index, RunLog runLog, Lexicon lexicon, Path data) {
        try (org.npswatch.store.FlagStore store = org.npswatch.store.FlagStore.open(data)) {
            Detection.Result r = new Detection().run(index, runLog, lexicon, store, true);
            out.println();
            out.printf("Flags (detection replayed week by week over %d weeks): %d%n", r.history().size(), r.recorded().size());
            java.util.Map<org.npswatch.model.FlagType, List<org.npswatch.model.Flag>> byType = new java.util.TreeMap<>();
            r.recorded().forEach(f -> byType.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(f));
            byType.forEach((type, list) -> {
                out.printf("  %s (%d)%n", type, list.size());
                list.stream().limit(6).forEach(f -> out.printf("    %s %s  %s%n", f.week(), f.id(), f.explanation()));
                if (list.size() > 6) {
                    out.printf("    ... %d more: ./npswatch --data %s flags --type %s%n", list.size() - 6, data, type);
                }
            });
        }
    }

    private static void printFacet(PrintWriter out, String title, List<FacetCount> counts, int max) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        counts.stream().sorted(Comparator.comparingLong(FacetCount::count).reversed()).limit(max)
                .forEach(c -> parts.add(c.value() + " " + c.count()));
        out.printf("  %-16s %s%n", title + ":", String.join(", ", parts));
    }

    private static org.npswatch.fetch.telegram.Pseudonymiser demoPseudonymiser() {
        byte[] key = new byte[24];
        new java.security.SecureRandom().nextBytes(key);
        return new org.npswatch.fetch.telegram.Pseudonymiser(java.util.HexFormat.of().formatHex(key));
    }

    /** The demo owns its data directory: it starts clean, and never wipes a directory it did not create. */
    static void prepare(Path data) {
        try {
            if (Files.isDirectory(data)) {
                boolean empty;
                try (Stream<Path> s = Files.list(data)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty && !Files.exists(data.resolve(MARKER))) {
                    throw new UserError(data.toAbsolutePath() + " holds data that is not from a demo; "
                            + "run the demo with --data pointing at another folder");
                }
                deleteTree(data);
            }
            Files.createDirectories(data);
            Files.writeString(data.resolve(MARKER), "created by npswatch demo; the next demo run replaces this folder\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare demo data directory " + data, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
