package org.npswatch.lexicon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} that tries the pattern only where a match can start. A regex without a
 * literal first character is tried at every position of the text; in menus and chat posts most
 * positions cannot start a match (a price needs a digit, a cue word its first letters), and
 * trying them is most of the cost. The caller states a cheap necessary condition for a match to
 * start at a position; the matches found, and where each ends, are exactly those of
 * {@code find()}, because a skipped position is one where the regex could not have matched.
 *
 * <p>Lookbehind, {@code \b} and {@code $} see the whole text (transparent, non-anchoring bounds),
 * as they do for {@code find()}. For patterns that cannot match the empty string.
 */
public final class MatchScan {
    /** A necessary condition for a match to start at a position. */
    @FunctionalInterface
    public interface Start {
        /**
         * @param s the text
         * @param i the position, {@code 0 <= i < s.length()}
         * @param searchFrom where this search began (0, or the end of the previous match)
         * @return false only if no match of the pattern can start at {@code i}
         */
        boolean possible(String s, int i, int searchFrom);
    }

    /**
     * A match starting at a digit can also start at the digit before it (a pattern that opens
     * with {@code \d+} and looks at nothing before it): once the digit before failed, this one
     * fails too, so only the first digit of a run, or the first position of a search, is tried.
     */
    public static final Start FIRST_DIGIT_OF_RUN = (s, i, from) -> isAsciiDigit(s.charAt(i))
            && (i == from || !isAsciiDigit(s.charAt(i - 1)));

    /**
     * Positions where one of the literals begins: for patterns whose every alternative opens with
     * one of them (after zero-width checks such as {@code \b}).
     */
    public static Start literalAt(String... literals) {
        String[][] byFirst = new String[128][];
        for (String l : literals) {
            char c = l.charAt(0);
            if (c >= 128) {
                throw new IllegalArgumentException("literals must start with an ASCII character: " + l);
            }
            String[] old = byFirst[c] == null ? new String[0] : byFirst[c];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = l;
            byFirst[c] = grown;
        }
        return (s, i, from) -> {
            char c = s.charAt(i);
            if (c >= 128 || byFirst[c] == null) {
                return false;
            }
            for (String l : byFirst[c]) {
                if (s.startsWith(l, i)) {
                    return true;
                }
            }
            return false;
        };
    }

    private final Pattern pattern;
    private final Start start;

    public MatchScan(Pattern pattern, Start start) {
        this.pattern = pattern;
        this.start = start;
    }

    /** A matcher over {@code s} for {@link #find}. */
    public Matcher matcher(String s) {
        return pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match at or after {@code from}, as {@code find()} from there would find it.
     *
     * @param m a matcher from {@link #matcher} over {@code s}; on true, its groups are those of the match
     */
    public boolean find(Matcher m, String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (start.possible(s, i, from) && m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** How many matches {@code while (pattern.matcher(s).find()) n++} counts. */
    public int count(String s) {
        Matcher m = matcher(s);
        int count = 0;
        int from = 0;
        while (find(m, s, from)) {
            count++;
            from = m.end();
        }
        return count;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
