package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * "per gram", "/g", "pro Gramm": the price reader looks for these only where one can start
 * ({@link MatchScan}); it must find every one the plain regex finds, with the same groups, on the
 * lexicon's recognition corpus (menus, product names, Telegram texts) and on random menu-like text.
 */
class PerUnitScanEquivalenceTest {
    @Test
    void perUnitMeasuresAreFoundWhereTheRegexFindsThem() {
        List<String> texts = new ArrayList<>();
        for (String t : RecognitionCorpus.texts(Lexicon.fromClasspath())) {
            texts.add(t);
            texts.add(t.toUpperCase(java.util.Locale.ROOT));
        }
        texts.addAll(randomTexts(20_000));
        int matches = 0;
        for (String t : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = PriceText.PER_UNIT.matcher(t);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2));
            }
            List<String> found = new ArrayList<>();
            Matcher s = PriceText.PER_UNIT_SCAN.matcher(t);
            for (int from = 0; PriceText.PER_UNIT_SCAN.find(s, t, from); from = s.end()) {
                found.add(s.start() + "-" + s.end() + ":" + s.group(1) + "/" + s.group(2));
            }
            assertEquals(expected, found, t);
            matches += expected.size();
        }
        assertTrue(matches > 2_000, "the corpus exercises the pattern: " + matches);
    }

    private static List<String> randomTexts(int n) {
        String[] pieces = {"1", "25", "€", " ", "  ", "\n", "/", "/ ", "per", "PER", "Per", "pro", "je", "za", "each", "a", "A",
            "g", "gram", "Gramm", "ml", "stuk", "pil", "µg", "mg.", "kg", ",", "-", "x", "ä", "é", "İ", "ſ", "K", "Ａ", "💊",
            "coke", "eur", "prijs", "\u00A0"};
        SplittableRandom r = new SplittableRandom(7);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(14); k > 0; k--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            out.add(b.toString());
        }
        return out;
    }
}
