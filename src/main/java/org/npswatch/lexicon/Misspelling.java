package org.npswatch.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * A listed misspelling ({@code misspellings.lst}: {@code misspelling | canonical}), for spellings
 * the bounded edit distance deliberately does not reach (different first letters, two edits in a
 * short word: "kokain", "psilocibin").
 *
 * @param folded the folded misspelling
 * @param canonical the canonical name it denotes
 * @param file the list file, for errors
 * @param line the line in that file, for errors
 */
record Misspelling(String folded, String canonical, String file, int line) {
    static List<Misspelling> parse(LexiconSource.Text file) {
        List<Misspelling> out = new ArrayList<>();
        for (LexiconSource.Line l : LexiconSource.lines(file)) {
            String[] f = l.text().split("\\|", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new LexiconException(file.name(), l.number(), "expected 'misspelling | canonical name'");
            }
            out.add(new Misspelling(Folding.fold(f[0]), f[1].strip(), file.name(), l.number()));
        }
        return out;
    }
}
