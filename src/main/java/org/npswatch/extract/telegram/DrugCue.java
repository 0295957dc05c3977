package org.npswatch.extract.telegram;

import java.util.Set;

/**
 * Whether a (lower-cased) post names a drug at all: a street name, a code or a drug emoji. The
 * same answer as the regular expression it replaces ({@code \b(?:coke|cola|...|[234]-?[a-z]{2,4}
 * |...)\b} or one of the emoji), computed with one pass over the words instead of trying sixty
 * alternatives at every position: it was the costliest step of post analysis.
 * {@code IntentFeaturesChecksumTest} guards the equivalence.
 */
final class DrugCue {
    private static final Set<String> WORDS = Set.of("coke", "cola", "sneeuw", "snow", "charlie", "ket", "k", "kitkat",
            "tina", "meth", "crystal", "ice", "pep", "speed", "molly", "mandy", "mdma", "xtc", "pil", "g", "ghb", "gbl",
            "lachgas", "nitrous", "balloon", "balloons", "tank", "tanks", "wiet", "weed", "hasj", "hash", "kush", "haze",
            "shroom", "shrooms", "mushroom", "mushrooms", "lsd", "acid", "tabs", "blotter", "blotters", "dmt", "perc",
            "percs", "benzo", "benzos", "valium", "diazepam", "tramadol", "lean", "flake", "spul", "gear", "2cb");
    private static final String[] PREFIXES = {"coca", "keta", "amf", "pill", "ballon", "truffel", "paddo", "xan", "oxy"};
    private static final Set<Integer> EMOJI = Set.of(0x2744, 0x1F434, 0x1F344, 0x1F33F, 0x1F341, 0x1F343, 0x1F388,
            0x1F48A, 0x1F48E, 0x1F4A7);

    private DrugCue() {}

    static boolean in(String lower) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (!isWord(c)) {
                if (Character.isSurrogate(c) || c == '\u2744') {
                    if (EMOJI.contains(lower.codePointAt(i))) {
                        return true;
                    }
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && isWord(lower.charAt(j))) {
                j++;
            }
            if (matchesAt(lower, i, j)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** The word run {@code [start, end)} begins a match (it may continue over a hyphen). */
    private static boolean matchesAt(String s, int start, int end) {
        String w = s.substring(start, end);
        if (WORDS.contains(w)) {
            return true;
        }
        for (String p : PREFIXES) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        char first = w.charAt(0);
        boolean locant = first == '2' || first == '3' || first == '4';
        if (locant && letters(w, 1, w.length())) {
            return true; // "3mmc": [234][a-z]{2,4}
        }
        if (end < s.length() && s.charAt(end) == '-') {
            int k = end + 1;
            int e = k;
            while (e < s.length() && isWord(s.charAt(e))) {
                e++;
            }
            if (w.equals("2c") && e - k == 1 && s.charAt(k) == 'b') {
                return true; // "2c-b"
            }
            if (w.length() == 1 && locant && letters(s, k, e)) {
                return true; // "3-mmc"
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} is 2 to 4 letters a-z. */
    private static boolean letters(String s, int from, int to) {
        int len = to - from;
        if (len < 2 || len > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
