package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code npswatch lexicon lookup TERM}: the evaluation interface (exit 0 with the name, exit 1 unknown). */
class LexiconCommandTest {
    @ParameterizedTest
    @CsvSource({
        "3mmc, 3-MMC",
        "3-MMC, 3-MMC",
        "keta, ketamine",
        "tina, methamphetamine",
        "molly, MDMA",
        "α-PHP, alpha-PHP",
        "lachgas, nitrous oxide"
    })
    void printsTheCanonicalNameOfANameSpellingOrStreetName(String term, String canonical) {
        CliRun r = CliRun.run("lexicon", "lookup", term);
        assertEquals(0, r.code(), r.toString());
        assertEquals(canonical + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void severalWordsAreOneTerm() {
        CliRun r = CliRun.run("lexicon", "lookup", "alpha", "pvp");
        assertEquals(0, r.code(), r.toString());
        assertEquals("alpha-PVP\n", r.out());
    }

    @Test
    void anUnknownTermExitsOne() {
        CliRun r = CliRun.run("lexicon", "lookup", "flurbo");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("not a known substance: 'flurbo'\n", r.err());
    }

    @Test
    void anUnknownSubstanceLikeNameExitsOneAndSaysItLooksLikeOne() {
        CliRun r = CliRun.run("lexicon", "lookup", "4-flurbazolam");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("not a known substance: '4-flurbazolam' (it looks like a substance name: a candidate for the lexicon)\n", r.err());
    }

    @Test
    void dataOptionAfterTheSubcommandIsAccepted() {
        CliRun r = CliRun.run("lexicon", "lookup", "--data", "/nonexistent/data", "keta");
        assertEquals(0, r.code(), r.toString());
        assertEquals("ketamine\n", r.out());
    }

    @Test
    void lexiconWithoutSubcommandSaysWhichOneExists() {
        CliRun r = CliRun.run("lexicon");
        assertEquals(2, r.code());
        assertEquals("npswatch: lexicon needs a subcommand: lexicon lookup TERM\n", r.err());
    }

    @Test
    void aLexiconFolderWithoutSubstancesIsAUsageError() {
        CliRun r = CliRun.run("--lexicons", "src", "lexicon", "lookup", "keta");
        assertEquals(2, r.code());
        assertEquals("npswatch: --lexicons src is not a lexicon folder (it needs a substances/ folder, like ./lexicons)\n", r.err());
    }
}
