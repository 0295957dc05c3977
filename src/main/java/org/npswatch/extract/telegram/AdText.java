package org.npswatch.extract.telegram;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises the text of an ad for near-duplicate detection: the re-posts of one ad differ in
 * emoji, spacing, punctuation, case and often a price or a phone number, so those are folded away
 * and what remains is the wording of the ad.
 */
final class AdText {
    private AdText() {}

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            char kind;
            if (Character.isLetter(cp)) {
                kind = 'a';
            } else if (Character.isDigit(cp)) {
                // "1g 50" and "1g 45" are the same ad re-priced; keep the digit's place, not its value
                cp = '0';
                kind = 'a';
            } else {
                kind = ' ';
            }
            if (kind == ' ') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.appendCodePoint(cp);
                space = false;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }
}
