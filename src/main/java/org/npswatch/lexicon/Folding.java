package org.npswatch.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a substance name to a key under which all its harmless spelling variants meet: case,
 * hyphens, spaces, dots, Greek letters and their Latin spellings (α, alpha, a-).
 */
public final class Folding {
    private Folding() {}

    public static String fold(String term) {
        String s = Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = s.replace("α", "alpha-").replace("β", "beta-").replace("γ", "gamma-").replace("δ", "delta-");
        s = s.replaceAll("^a-(?=[a-z])", "alpha-").replaceAll("(?<=^|[^a-z])a-(?=[a-z]{2})", "alpha-");
        s = s.replaceAll("[\\s\\-\u2010-\u2015_.,'\u2019()\\[\\]/]+", "");
        return s;
    }
}
