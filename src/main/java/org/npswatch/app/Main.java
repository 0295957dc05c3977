package org.npswatch.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.npswatch.lexicon.Lexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code npswatch} command line: global options and the subcommands. */
@Command(
        name = "npswatch",
        mixinStandardHelpOptions = true,
        version = "npswatch 0.1.0",
        description = "Watches online drug markets (NPS webshops, Telegram) for a public-health early-warning network.",
        subcommands = {
            DemoCommand.class,
            SourcesCommand.class,
            CrawlCommand.class,
            RunCommand.class,
            SearchCommand.class,
            ExtractCommand.class,
            ImportCommand.class,
            DetectCommand.class,
            FlagsCommand.class,
            FlagsCommand.Triage.class,
            LexiconCommand.class,
            TelegramCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR", defaultValue = "data",
            description = "Data directory (index, archive, state). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "DIR", defaultValue = "crawl-config",
            description = "Folder of source files (one YAML per source). Default: ${DEFAULT-VALUE}")
    Path configDir;

    @Option(names = "--lexicons", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Lexicon folder. Default: ./lexicons when present, else the copy inside the jar.")
    Path lexiconDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("npswatch: " + ex.getMessage());
            return ex instanceof UserError ue ? ue.exitCode() : 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path dataDir() {
        return dataDir;
    }

    Path configDir() {
        return configDir;
    }

    /**
     * The pseudonymiser for stored Telegram data, keyed from the environment. The key must be
     * stable: sellers are counted over time by their pseudonyms.
     */
    org.npswatch.fetch.telegram.Pseudonymiser pseudonymiser() {
        String key = System.getenv(org.npswatch.fetch.telegram.Pseudonymiser.KEY_ENV);
        if (key == null || key.length() < 16) {
            throw new UserError("set " + org.npswatch.fetch.telegram.Pseudonymiser.KEY_ENV
                    + " to a secret of at least 16 characters before storing Telegram data; keep it stable "
                    + "(sellers are counted over time by their pseudonyms) and out of git");
        }
        return new org.npswatch.fetch.telegram.Pseudonymiser(key);
    }

    Lexicon lexicon() {
        Optional<Path> dir = Optional.ofNullable(lexiconDir)
                .or(() -> Optional.of(Path.of("lexicons")).filter(p -> Files.isDirectory(p.resolve("substances"))));
        return dir.map(Lexicon::load).orElseGet(Lexicon::fromClasspath);
    }
}
