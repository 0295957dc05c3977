package org.npswatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.npswatch.config.ConfigException;
import org.npswatch.extract.PageExtraction;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.index.OfferIndex;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.InjectedEvent;
import org.npswatch.market.MarketScenario;
import org.npswatch.market.ScenarioLoader;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.model.Substance;
import org.npswatch.store.RunLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code npswatch simulate --scenario FILE}: runs a market scenario on loopback and crawls it week
 * by week into a fresh data directory, as the service would have crawled a real market over those
 * weeks, and writes the scenario's answer key beside it. It does not detect: {@code detect
 * --replay} and {@code flags} work on the result as on any crawled history, which is what an
 * evaluation of detection needs.
 */
@Command(name = "simulate",
        description = {"Crawl a simulated market scenario week by week into a new data directory, for evaluations.",
            "Writes the answer key to DIR/" + SimulateCommand.ANSWER_KEY + "; then run detect --replay and flags."})
final class SimulateCommand implements Callable<Integer> {
    /** The answer key, relative to the data directory. */
    static final String ANSWER_KEY = "simulation/injected-events.jsonl";
    /** The scenario as simulated, relative to the data directory. */
    static final String SCENARIO_COPY = "simulation/scenario.yaml";

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", required = true,
            description = "Market scenario file (YAML; docs/configuration.md, \"Market scenarios\")")
    Path scenarioFile;

    @Option(names = "--weeks", paramLabel = "N", description = "Simulate N weeks instead of the scenario's 'weeks'")
    Integer weeks;

    @Option(names = "--seed", paramLabel = "S", description = "Use seed S instead of the scenario's 'seed'")
    Long seed;

    @Override
    public Integer call() {
        MarketScenario scenario = scenario(main, scenarioFile, weeks, seed, null);
        Path data = main.dataDir();
        requireFresh(data);
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon = main.lexicon();
        Instant started = Instant.now();
        List<InjectedEvent> beyond = scenario.beyondLastWeek();
        out.printf("npswatch simulate: scenario %s, seed %d, %d weeks from %s, data in %s%n", scenarioFile, scenario.seed(),
                scenario.weeks(), scenario.clock().weekStart(0), data.toAbsolutePath());
        if (!beyond.isEmpty()) {
            out.printf("%d event(s) scheduled in week %d or later are left out (--weeks %d)%n", beyond.size(), scenario.weeks(),
                    scenario.weeks());
        }
        try (SimulatedMarket market = SimulatedMarket.start(scenario, 0);
                OfferIndex index = OfferIndex.open(data, lexicon)) {
            RunLog runLog = RunLog.open(data);
            MarketCrawl crawl = new MarketCrawl(market,
                    new WebshopMonitor(data, new PageExtraction(lexicon), index, runLog),
                    new TelegramMonitor(data, lexicon, index, runLog, pseudonymiser(scenario.seed())),
                    data.resolve("simulation-sources"));
            out.printf("%d shops and %d Telegram channels on 127.0.0.1%n", crawl.shopConfigs().size(), crawl.channelConfigs().size());
            crawl.run(scenario.weeks(), (week, m) -> {
                out.println(week.progressLine());
                out.flush();
            });
        }
        List<InjectedEvent> injected = scenario.injected();
        Path answerKey = data.resolve(ANSWER_KEY);
        new InjectedEventsFile(scenario, term -> lexicon.lookup(term).map(Substance::canonicalName)).write(answerKey);
        copyScenario(data.resolve(SCENARIO_COPY), scenario);
        out.printf("Simulated %d weeks (%s .. %s) in %d s; %d injected events in %s%n", scenario.weeks(),
                MarketCrawl.isoWeek(scenario.clock(), 0), MarketCrawl.isoWeek(scenario.clock(), scenario.weeks() - 1),
                Duration.between(started, Instant.now()).toSeconds(), injected.size(), answerKey);
        out.printf("Next: ./npswatch --data %s detect --replay && ./npswatch --data %s flags --format jsonl%n", data, data);
        out.flush();
        return Main.OK;
    }

    /**
     * The scenario of a command: the file's (or, without a file, the standard one), with the
     * command line's weeks and seed when given.
     *
     * @param defaultWeeks weeks when neither the command line nor a file sets them (the demo's 12 of
     *     the standard scenario); null to use the scenario's
     */
    static MarketScenario scenario(Main main, Path file, Integer weeks, Long seed, Integer defaultWeeks) {
        MarketScenario scenario;
        if (file == null) {
            scenario = MarketScenario.standard();
        } else {
            UserError.textFile(file, "the market scenario file");
            try {
                scenario = ScenarioLoader.withLexicon(term -> main.lexicon().lookup(term).map(Substance::canonicalName)).load(file);
            } catch (ConfigException e) {
                throw new UserError(e.getMessage());
            }
        }
        Integer n = weeks != null ? weeks : defaultWeeks;
        if (n != null) {
            if (n < 1 || n > MarketScenario.MAX_WEEKS) {
                throw new UserError("--weeks must be between 1 and " + MarketScenario.MAX_WEEKS + ", got " + n);
            }
            scenario = scenario.withWeeks(n);
        }
        return seed == null ? scenario : scenario.withSeed(seed);
    }

    /**
     * Refuses a data directory that holds anything: a simulated history mixed into another (or
     * into a real one) would make every flag and score meaningless, and appending a second run
     * would double every week.
     */
    private static void requireFresh(Path data) {
        if (Files.isRegularFile(data)) {
            throw new UserError("--data " + data + " is a file; simulate needs a new or empty folder");
        }
        if (Files.isDirectory(data)) {
            List<String> held;
            try (Stream<Path> s = Files.list(data)) {
                held = s.map(p -> p.getFileName().toString()).sorted().limit(5).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + data, e);
            }
            if (!held.isEmpty()) {
                String what = Files.exists(data.resolve(ANSWER_KEY)) ? "a simulated history already" : "data already";
                throw new UserError(data.toAbsolutePath().normalize() + " holds " + what + " (" + String.join(", ", held)
                        + (held.size() == 5 ? ", ..." : "") + "); simulate writes one history into a new or empty folder,"
                        + " so pass --data with another folder (or delete this one)");
            }
        }
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + data, e);
        }
    }

    /**
     * Posters of the simulated channels are invented, so their pseudonyms need no secret; a key
     * derived from the seed keeps two runs of a scenario identical. Real data always uses
     * NPSWATCH_PSEUDONYM_KEY.
     */
    private static Pseudonymiser pseudonymiser(long seed) {
        return new Pseudonymiser(HexFormat.of().formatHex(("npswatch-simulated-market-" + seed).getBytes(StandardCharsets.UTF_8)));
    }

    /** The scenario file as simulated, with the effective seed and weeks in a header (they may come from the command line). */
    private void copyScenario(Path target, MarketScenario scenario) {
        try {
            String header = "# simulated by npswatch simulate with seed " + scenario.seed() + " over " + scenario.weeks()
                    + " weeks (--seed and --weeks override the values below)\n";
            Files.writeString(target, header + Files.readString(scenarioFile, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
