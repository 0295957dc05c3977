package org.npswatch.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits free text into word tokens the way substance names are written: hyphens, apostrophes and
 * primes stay inside a token ("5F-MDMB-PICA", "ADB-5'Br-INACA", "paddo's"), and so do commas and
 * dots between digits ("3,4-DMMC", "0.5mg"); everything else (spaces, brackets, slashes, bullets,
 * emoji) separates tokens.
 */
final class TextTokens {
    /**
     * One token.
     *
     * @param text the token as written
     * @param line zero-based line of the text it is on (name matching never spans lines)
     */
    record Token(String text, int line) {
        boolean isNumber() {
            return !text.isEmpty() && text.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
        }

        /** A quantity or price such as "5", "1,5", "10mg", "0.5g", "150mcg", "€20". */
        boolean isQuantityOrPrice() {
            return isNumber() || AmountTokens.isQuantity(text);
        }
    }

    private TextTokens() {}

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int line = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                flush(cur, line, out);
                line++;
            } else if (isWordChar(c) || isInnerJoiner(text, i)) {
                cur.append(c);
            } else {
                flush(cur, line, out);
            }
        }
        flush(cur, line, out);
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '%' || c == 'µ';
    }

    private static boolean isInnerJoiner(String text, int i) {
        char c = text.charAt(i);
        boolean inside = i > 0 && i + 1 < text.length();
        if (!inside) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (c == ',' || c == '.') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        if (c == '\'' || c == '\u2019' || c == '\u2032') {
            return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
        }
        return false;
    }

    private static void flush(StringBuilder cur, int line, List<Token> out) {
        int start = 0;
        int end = cur.length();
        while (start < end && isEdgeJunk(cur.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeJunk(cur.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Token(cur.substring(start, end), line));
        }
        cur.setLength(0);
    }

    private static boolean isEdgeJunk(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
