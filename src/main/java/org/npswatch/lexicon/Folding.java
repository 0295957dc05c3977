package org.npswatch.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a substance name to a key under which all its harmless spelling variants meet: case,
 * hyphens, spaces, dots, accents (cocaïne), Greek letters and their Latin spellings (α, alpha,
 * alfa, a-).
 *
 * <p>Folding removes every separator and never looks across one (the "a-" rule needs the letters
 * after the hyphen inside the same word), so folding words joined by spaces gives the
 * concatenation of the words' folds; {@link Recogniser} relies on this to fold each token once.
 */
public final class Folding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LATIN_ALPHA = Pattern.compile("(?<=^|[^a-z])(?:alfa|a)-(?=[a-z]{2})");

    private Folding() {}

    /** The folded key of a name or spelling; two spellings of one name fold to the same key. */
    public static String fold(String term) {
        String s;
        if (isAscii(term)) {
            // Both normalisations leave ASCII as it is and there are no Greek letters or marks to treat.
            s = term.toLowerCase(Locale.ROOT).strip();
        } else {
            s = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
            s = s.replace("α", "alpha-").replace("β", "beta-").replace("γ", "gamma-").replace("δ", "delta-");
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
            s = COMBINING_MARKS.matcher(s).replaceAll("");
        }
        if (s.indexOf("a-") >= 0) {
            s = LATIN_ALPHA.matcher(s).replaceAll("alpha-");
        }
        return withoutSeparators(s);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String withoutSeparators(String s) {
        int first = 0;
        while (first < s.length() && !isSeparator(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, first);
        for (int i = first + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSeparator(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The characters folding removes: regex {@code \s} (ASCII whitespace), dashes and punctuation. */
    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '-', '_', '.', ',', '\'', '\u2019', '`', '\u00B4', '(', ')',
                    '[', ']', '/' -> true;
            default -> c >= '\u2010' && c <= '\u2015';
        };
    }
}
