package org.npswatch.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.npswatch.config.ConfigException;
import org.npswatch.extract.ExtractionException;
import org.npswatch.fetch.ArchiveException;
import org.npswatch.fetch.FetchException;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.fetch.telegram.tdlib.TdlibException;
import org.npswatch.index.IndexException;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.lexicon.LexiconException;
import org.npswatch.store.FlagStoreException;
import org.npswatch.store.TriageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code npswatch} command line: global options and the subcommands.
 *
 * <p>Exit codes, the same for every command: {@value #OK} done; {@value #NOTHING_FOUND} the
 * answer is "no" or some inputs were bad and skipped (an unknown term, bad source files, sources
 * that failed); {@value #USAGE} the command line or an input file is wrong (the message says
 * which and why); {@value #FAILED} the work failed on the data directory, the network or the
 * environment (the message names what); {@value #INTERNAL} an unexpected error, a bug.
 */
@Command(
        name = "npswatch",
        // every subcommand gets -h/--help and -V/--version, including ones defined elsewhere
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "npswatch 0.1.0",
        description = {
            "Watches online drug markets (NPS webshops, Telegram) for a public-health early-warning network.",
            "Run 'npswatch COMMAND --help' for a command's options."
        },
        footerHeading = "%n",
        footer = {
            "Exit codes: 0 done; 1 nothing found, or bad inputs skipped; 2 bad command",
            "line or input file; 3 failed (data directory, network, environment);",
            "4 internal error (run again with --verbose and report it)."
        },
        subcommands = {
            DemoCommand.class,
            SimulateCommand.class,
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
    static final int OK = 0;
    static final int NOTHING_FOUND = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;
    static final int INTERNAL = 4;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR", defaultValue = "data",
            description = "Data directory (index, archive, state). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "DIR", defaultValue = "crawl-config",
            description = "Folder of source files (one YAML per source). Default: ${DEFAULT-VALUE}")
    Path configDir;

    @Option(names = "--lexicons", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Lexicon folder. Default: ./lexicons when present, else the copy inside the jar.")
    Path lexiconDir;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an error, also print the stack trace (for a bug report).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;
    private final boolean interactive;
    private Lexicon lexicon;

    /** Tests build a Main with their own environment; the real one reads the process's. */
    Main(Map<String, String> environment, boolean interactive) {
        this.environment = Map.copyOf(environment);
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), terminal));
    }

    /** Runs the command line with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv(), false);
    }

    /**
     * Runs the command line with an explicit environment (secrets such as
     * {@code NPSWATCH_PSEUDONYM_KEY} are read from it), so tests need not touch the process's.
     *
     * @param interactive whether the error stream is a terminal (progress bars are drawn only then)
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, boolean interactive) {
        Main main = new Main(environment, interactive);
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(Main::badCommandLine);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr(), main.verbose));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A bad command line: the problem and where to read more, not the whole usage text. */
    private static int badCommandLine(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("npswatch: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(cl.getHelp().synopsisHeading() + cl.getHelp().synopsis(cl.getHelp().synopsisHeadingLength()));
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return USAGE;
    }

    /**
     * The one place an error ends a command: its message (which carries the file, line, URL or
     * directory) and an exit code; a stack trace only with --verbose.
     */
    static int failed(Exception ex, PrintWriter err, boolean verbose) {
        int code;
        if (ex instanceof UserError ue) {
            err.println("npswatch: " + ue.getMessage());
            code = ue.exitCode();
        } else if (isDomainFailure(ex)) {
            err.println("npswatch: " + ex.getMessage());
            code = FAILED;
        } else if (ex instanceof UncheckedIOException io) {
            err.println("npswatch: I/O error: " + describe(io.getCause()));
            code = FAILED;
        } else {
            err.println("npswatch: internal error: " + describe(ex));
            for (Throwable c = ex.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                err.println("  caused by: " + describe(c));
            }
            if (!verbose) {
                err.println("This is a bug. Run again with --verbose and report the stack trace.");
            }
            code = INTERNAL;
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean isDomainFailure(Exception ex) {
        return ex instanceof ConfigException || ex instanceof ExtractionException || ex instanceof FetchException
                || ex instanceof ArchiveException || ex instanceof TelegramSourceException || ex instanceof TdlibException
                || ex instanceof LexiconException || ex instanceof IndexException || ex instanceof FlagStoreException
                || ex instanceof TriageException;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public void run() {
        // no command given: show what there is, but as a usage error so scripts notice
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UserError("no command given; try ./npswatch demo");
    }

    Path dataDir() {
        return dataDir;
    }

    Path configDir() {
        return configDir;
    }

    /** Whether progress can be drawn in place (the error stream is a terminal). */
    boolean interactive() {
        return interactive;
    }

    /** The process environment, or the one a test passed. */
    Map<String, String> environment() {
        return environment;
    }

    /**
     * The data directory of a command that only reads: it must exist already (reading never
     * creates an empty one, which would hide a mistyped --data).
     *
     * @param what what the command needs in it, for the message
     */
    Path existingDataDir(String what) {
        if (!Files.isDirectory(dataDir)) {
            throw new UserError("no data directory " + dataDir.toAbsolutePath().normalize() + ": " + what
                    + " (run ./npswatch demo, crawl or import first, or pass --data DIR)");
        }
        return dataDir;
    }

    /** The config folder, which must exist. */
    Path existingConfigDir() {
        if (!Files.isDirectory(configDir)) {
            throw new UserError(Files.exists(configDir) ? "--config " + configDir + " is a file, not a folder of source files"
                    : "config folder " + configDir.toAbsolutePath().normalize()
                            + " does not exist (pass --config DIR or create it; templates: crawl-config/examples/)");
        }
        return configDir;
    }

    /**
     * The pseudonymiser for stored Telegram data, keyed from the environment. The key must be
     * stable: sellers are counted over time by their pseudonyms.
     */
    Pseudonymiser pseudonymiser() {
        return configuredPseudonymiser().orElseThrow(() -> new UserError("set " + Pseudonymiser.KEY_ENV
                + " to a secret of at least 16 characters before storing Telegram data; keep it stable "
                + "(sellers are counted over time by their pseudonyms) and out of git"));
    }

    /** The pseudonymiser of the configured key, if one of at least 16 characters is set. */
    Optional<Pseudonymiser> configuredPseudonymiser() {
        return Optional.ofNullable(environment.get(Pseudonymiser.KEY_ENV))
                .filter(key -> key.length() >= 16)
                .map(Pseudonymiser::new);
    }

    /** The lexicon, loaded once per command. */
    Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = loadLexicon();
        }
        return lexicon;
    }

    private Lexicon loadLexicon() {
        if (lexiconDir != null) {
            if (!Files.isDirectory(lexiconDir.resolve("substances"))) {
                throw new UserError("--lexicons " + lexiconDir + " is not a lexicon folder (it needs a substances/ folder, "
                        + "like ./lexicons)");
            }
            try {
                return Lexicon.load(lexiconDir);
            } catch (LexiconException e) {
                throw new UserError("--lexicons " + lexiconDir + ": " + e.getMessage());
            }
        }
        Path local = Path.of("lexicons");
        return Files.isDirectory(local.resolve("substances")) ? Lexicon.load(local) : Lexicon.fromClasspath();
    }
}
