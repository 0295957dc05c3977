package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Substance;

/**
 * {@code lexicon lookup} on the spellings in {@code lexicon/lookup-spellings.tsv}: street names,
 * Dutch/English/German/Polish forms, misspellings and Greek letters must resolve to the canonical
 * name; ordinary words marked "-" must stay unknown. Every miss is listed.
 */
class LexiconLookupSpellingsTest {
    private static final Lexicon LEXICON = Lexicon.fromClasspath();

    @Test
    void everyListedSpellingResolvesToItsCanonicalName() throws IOException {
        List<String> misses = new ArrayList<>();
        int checked = 0;
        for (String line : lines()) {
            String[] f = line.split("\t");
            String got = LEXICON.lookup(f[0]).map(Substance::canonicalName).orElse("-");
            checked++;
            if (!got.equals(f[1])) {
                misses.add(f[0] + " -> " + got + ", expected " + f[1]);
            }
        }
        assertTrue(checked >= 300, "the table holds " + checked + " spellings");
        assertTrue(misses.isEmpty(), misses.size() + " of " + checked + " spellings wrong:\n" + String.join("\n", misses));
    }

    @Test
    void lookupOfANovelCodeFindsNothing() {
        assertTrue(LEXICON.lookup("4F-3-MMC").isEmpty());
        assertTrue(LEXICON.lookup("2-Br-DCK").isEmpty());
        assertTrue(LEXICON.lookup("N-butyl-pentylone").isEmpty());
        assertTrue(LEXICON.lookup("Party-pack-3-MMC-2F-DCK").isEmpty(), "two substances are no single answer");
        assertTrue(LEXICON.lookup("4-FA-pellets-100mg").map(Substance::canonicalName).equals(Optional.of("4-FA")));
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = LexiconLookupSpellingsTest.class.getResourceAsStream("/lexicon/lookup-spellings.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
