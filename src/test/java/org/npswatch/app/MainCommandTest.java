package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.npswatch.index.IndexException;

/** The global command line: help, version, usage errors, --data anywhere, exit codes. */
class MainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void globalHelpListsEveryCommandAndTheExitCodes() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.code(), r.toString());
        for (String command : new String[] {"demo", "sources", "crawl", "run", "search", "extract", "import", "detect", "flags",
            "flag", "lexicon", "telegram"}) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains("Exit codes: 0 done; 1 nothing found"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void versionIsPrinted() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertEquals("npswatch 0.1.0", r.out().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "sources", "crawl", "run", "search", "extract", "import", "detect", "flags", "flag", "lexicon",
        "lexicon lookup", "telegram", "telegram login"})
    void everyCommandAnswersHelp(String command) {
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--help";
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Usage: npswatch " + command + " "), r.out());
        assertTrue(r.out().contains("--data=DIR"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpCommandExplainsACommand() {
        CliRun r = CliRun.run("help", "extract");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: npswatch extract "), r.out());
    }

    @Test
    void noCommandShowsTheCommandsAsAUsageError() {
        CliRun r = CliRun.run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Commands:"), r.err());
        assertTrue(r.err().endsWith("npswatch: no command given; try ./npswatch demo\n"), r.err());
    }

    @Test
    void aMistypedCommandGetsASuggestionNotTheWholeManual() {
        CliRun r = CliRun.run("serch");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("npswatch: Unmatched argument at index 0: 'serch'\nDid you mean: npswatch search"), r.err());
        assertTrue(r.err().contains("Run 'npswatch --help' for the options."), r.err());
        assertFalse(r.err().contains("Commands:"), "no full usage on a typo:\n" + r.err());
    }

    @Test
    void aBadOptionValueNamesTheOptionAndShowsOnlyTheSynopsis() {
        CliRun r = CliRun.run("search", "--limit", "many");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("npswatch: Invalid value for option '--limit': 'many' is not an int\nUsage: npswatch search "),
                r.err());
        assertTrue(r.err().endsWith("Run 'npswatch search --help' for the options.\n"), r.err());
        assertFalse(r.err().contains("Default:"), "option descriptions belong to --help:\n" + r.err());
    }

    @Test
    void dataDirectoryIsTakenBeforeAndAfterTheCommandName() {
        Path missing = tmp.resolve("no-such-data");
        CliRun before = CliRun.run("--data", missing.toString(), "search");
        CliRun after = CliRun.run("search", "--data", missing.toString());
        CliRun sub = CliRun.run("flags", "--format", "jsonl", "--data", missing.toString());
        assertEquals(2, before.code());
        assertEquals("npswatch: no index in " + missing + ": run ./npswatch demo or ./npswatch crawl first, or pass --data DIR\n",
                before.err());
        assertEquals(before.err(), after.err());
        assertEquals(2, sub.code());
        assertTrue(sub.err().startsWith("npswatch: no data directory " + missing.toAbsolutePath()), sub.err());
        assertFalse(Files.exists(missing), "reading commands never create the data directory");
    }

    @Test
    void domainFailuresExitThreeWithTheirMessage() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new IndexException(tmp.resolve("index"), "index is in use by another npswatch process"),
                new PrintWriter(err, true), false);
        assertEquals(3, code);
        assertEquals("npswatch: " + tmp.resolve("index") + ": index is in use by another npswatch process\n", err.toString());
    }

    @Test
    void ioFailuresExitThreeNamingTheFile() {
        StringWriter err = new StringWriter();
        IOException denied = new AccessDeniedException(tmp.resolve("state/flags.json").toString());
        int code = Main.failed(new UncheckedIOException(denied), new PrintWriter(err, true), false);
        assertEquals(3, code);
        assertEquals("npswatch: I/O error: AccessDeniedException: " + tmp.resolve("state/flags.json") + "\n", err.toString());
    }

    @Test
    void unexpectedErrorsExitFourWithTheCauseChainAndAHintToUseVerbose() {
        StringWriter err = new StringWriter();
        RuntimeException bug = new IllegalStateException("week list is empty", new ArithmeticException("/ by zero"));
        int code = Main.failed(bug, new PrintWriter(err, true), false);
        assertEquals(4, code);
        assertEquals("""
                npswatch: internal error: IllegalStateException: week list is empty
                  caused by: ArithmeticException: / by zero
                This is a bug. Run again with --verbose and report the stack trace.
                """, err.toString());
    }

    @Test
    void verbosePrintsTheStackTrace() {
        StringWriter err = new StringWriter();
        int code = Main.failed(new IllegalStateException("boom"), new PrintWriter(err, true), true);
        assertEquals(4, code);
        assertTrue(err.toString().contains("\tat org.npswatch.app.MainCommandTest.verbosePrintsTheStackTrace"), err.toString());
        assertFalse(err.toString().contains("Run again with --verbose"), err.toString());
    }

    @Test
    void userErrorsKeepTheirExitCode() {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.failed(new UserError("--since must be a day"), new PrintWriter(err, true), false));
        assertEquals(1, Main.failed(new UserError("nothing", 1), new PrintWriter(err, true), false));
        assertEquals("npswatch: --since must be a day\nnpswatch: nothing\n", err.toString());
    }
}
