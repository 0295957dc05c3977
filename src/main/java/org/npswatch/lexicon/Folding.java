package org.npswatch.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a substance name to a key under which all its harmless spelling variants meet: case,
 * hyphens, spaces, dots, accents (cocaïne), Greek letters and their Latin spellings (α, alpha,
 * alfa, a-).
 */
public final class Folding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LATIN_ALPHA = Pattern.compile("(?<=^|[^a-z])(?:alfa|a)-(?=[a-z]{2})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015_.,'\u2019`´()\\[\\]/]+");

    private Folding() {}

    /** The folded key of a name or spelling; two spellings of one name fold to the same key. */
    public static String fold(String term) {
        String s = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = s.replace("α", "alpha-").replace("β", "beta-").replace("γ", "gamma-").replace("δ", "delta-");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = COMBINING_MARKS.matcher(s).replaceAll("");
        s = LATIN_ALPHA.matcher(s).replaceAll("alpha-");
        return SEPARATORS.matcher(s).replaceAll("");
    }
}
