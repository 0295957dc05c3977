package org.npswatch.detect;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds an unknown substance-like name so its harmless spelling variants meet: case, hyphens,
 * spaces and other separators, Greek letters and their spelt-out or abbreviated forms
 * ("α-PHP", "alpha-PHP", "a-PHP", "A PHP" all fold to {@code alphaphp}).
 *
 * <p>Kept here rather than borrowed from {@code lexicon}: detect may depend only on model and
 * store, and this folding is for grouping names the lexicon does not know, not for matching them.
 */
final class NameFolding {
    private static final Pattern LATIN_ALPHA = Pattern.compile("(?<![a-z0-9])a[\\s\\-\u2010-\u2015]+(?=[a-z]{2})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015_.,:;'\u2019()\\[\\]/]+");

    private NameFolding() {}

    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = s.replace("α", "alpha ").replace("β", "beta ").replace("γ", "gamma ").replace("δ", "delta ");
        s = LATIN_ALPHA.matcher(s).replaceAll("alpha ");
        return SEPARATORS.matcher(s).replaceAll("");
    }
}
