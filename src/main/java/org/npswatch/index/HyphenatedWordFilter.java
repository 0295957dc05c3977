package org.npswatch.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Decides what a hyphen inside a token means. Substance names and codes ("3-MMC",
 * "5F-MDMB-PICA", "α-PHP", "N-ethylhexedrone", "MDMB-PICA") stay whole; ordinary hyphenated words
 * ("Crystal-Clear", "Research-Chemicals") are split into their words. Leading and trailing
 * hyphens ("-50%", "pep-") are trimmed and tokens made only of hyphens are dropped.
 */
final class HyphenatedWordFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final VariantTable variants;
    private final Deque<Part> pending = new ArrayDeque<>();

    private record Part(String text, int start, int end) {}

    HyphenatedWordFilter(TokenStream input, VariantTable variants) {
        super(input);
        this.variants = variants;
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            emit(pending.removeFirst(), 1);
            return true;
        }
        while (input.incrementToken()) {
            String text = term.toString();
            int lead = 0;
            int trail = text.length();
            while (lead < trail && isHyphen(text.charAt(lead))) {
                lead++;
            }
            while (trail > lead && isHyphen(text.charAt(trail - 1))) {
                trail--;
            }
            if (lead == trail) {
                continue;
            }
            int start = offset.startOffset();
            String word = text.substring(lead, trail);
            if (keepWhole(word)) {
                emit(new Part(word, start + lead, start + trail), posInc.getPositionIncrement());
                return true;
            }
            split(word, start + lead);
            emit(pending.removeFirst(), posInc.getPositionIncrement());
            return true;
        }
        return false;
    }

    private void emit(Part part, int increment) {
        term.setEmpty().append(part.text());
        offset.setOffset(part.start(), part.end());
        posInc.setPositionIncrement(increment);
    }

    private void split(String word, int start) {
        int partStart = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || isHyphen(word.charAt(i))) {
                if (i > partStart) {
                    pending.addLast(new Part(word.substring(partStart, i), start + partStart, start + i));
                }
                partStart = i + 1;
            }
        }
    }

    /** Whether a token is (or looks like) a substance name or code rather than two words. */
    private boolean keepWhole(String word) {
        if (word.chars().noneMatch(HyphenatedWordFilter::isHyphen)) {
            return true;
        }
        boolean hasLowercasePart = false;
        for (String part : word.split("[-\u2010\u2011]+")) {
            if (part.length() <= 2 || isGreekPrefix(part) || !isPlainLatinWord(part)) {
                return true;
            }
            if (!part.equals(part.toUpperCase(java.util.Locale.ROOT))) {
                hasLowercasePart = true;
            }
        }
        // All-capital parts are codes (MDMB-PICA, ADB-BUTINACA); known spellings stay whole too.
        return !hasLowercasePart || variants.isKnown(word);
    }

    private static boolean isGreekPrefix(String part) {
        String p = part.toLowerCase(java.util.Locale.ROOT);
        return p.equals("alpha") || p.equals("beta") || p.equals("gamma") || p.equals("delta");
    }

    /** Letters of the Latin script only: digits and Greek letters mark a chemical name. */
    private static boolean isPlainLatinWord(String part) {
        return part.codePoints().allMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
