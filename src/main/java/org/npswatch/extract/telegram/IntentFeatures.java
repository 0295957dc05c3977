package org.npswatch.extract.telegram;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npswatch.lexicon.MatchScan;

/**
 * Turns a post into hashed sparse features for the intent classifier: words and word pairs
 * (numbers and quantities folded to placeholders, so "1g 60" and "5g 250" look alike), word
 * prefixes (Dutch inflections: zoek, zoekt, zoekende), and a few shape features that carry most
 * of the signal in menus and requests (price lines, question marks, handles, emoji, line count).
 */
final class IntentFeatures {
    static final int DIMENSIONS = 1 << 18;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}€£$@#%/.,'+-]+");
    static final Pattern QUANTITY =
            Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:g|gr|gram|kg|kilo|ml|l|mg|mcg|ug|st|stuks|pillen|pills|x|caps|tabs|blotters|pellets)\\b");
    static final Pattern PRICE = Pattern.compile("(?:[€£$]\\s*\\d+|\\d+(?:[.,]\\d+)?\\s*(?:€|eur|euro|£|k\\b|zł|pln))");
    static final Pattern TIER_LINE = Pattern.compile(
            "(?m)\\d+(?:[.,]\\d+)?\\s*[a-z]{0,7}\\s*(?:-|:|=|voor|for|\\|)?\\s*[€£$]?\\s*\\d+(?:[.,]\\d+)?\\s*(?:k|€|eur|euro)?\\s*(?:$|\\||/|,)");

    /** Phrases with which people ask for drugs (NL/EN); a cue, not a rule: the model weighs it. */
    static final Pattern REQUEST_CUE = Pattern.compile(
            "\\b(?:zoek\\w*|op zoek|wie (?:heeft|levert|verkoopt|kan|bezorgt|zit)|iemand (?:die|hier|met)?|heeft iemand|kan iemand"
                    + "|waar kan ik|waar vind ik|ik wil (?:graag )?(?:\\d+ )?\\w* ?kopen|koop graag|nodig|looking for|searching|wtb|anyone"
                    + "|who (?:can|has|sells)|need (?:a|some|\\d)|any vendor|plug (?:in|voor|for))\\b");
    /** Phrases with which sellers advertise (NL/EN). */
    static final Pattern OFFER_CUE = Pattern.compile(
            "\\b(?:te koop|verkoop\\w*|aanbod|aanbieding|bezorg\\w*|levering|verzending|op voorraad|beschikbaar|binnen!?"
                    + "|selling|for sale|delivery|shipping|in stock|available|menu|bestel\\w*|order)\\b");
    static final Pattern WARNING_CUE = Pattern.compile(
            "\\b(?:scam\\w*|oplicht\\w*|pas op|let op|waarschuw\\w*|warning|alert|regels|rules|admin\\w*|welkom|welcome|vouch|politie)\\b");

    /**
     * Whether a post names a drug at all (street names, common codes, drug emoji): it tells a
     * request ("anyone selling shrooms?") from a social question ("anyone going to Fabric?") and
     * a drug menu from a sale of concert tickets.
     */

    /*
     * Prefilters: every match of REQUEST_CUE, OFFER_CUE and WARNING_CUE contains one of these
     * literals, so a text holding none of them has a count of 0 without running the regex.
     * Keep them in step with the patterns (IntentFeaturesChecksumTest guards the result).
     */
    private static final String[] REQUEST_KEYS = {
        "zoek", "wie ", "iemand", "waar ", "ik wil ", "koop graag", "nodig", "looking for", "searching", "wtb", "any",
        "who ", "need ", "plug "};
    private static final String[] OFFER_KEYS = {
        "te koop", "verkoop", "aanbod", "aanbieding", "bezorg", "levering", "verzending", "op voorraad", "beschikbaar",
        "binnen", "selling", "for sale", "delivery", "shipping", "in stock", "available", "menu", "bestel", "order"};
    private static final String[] WARNING_KEYS = {
        "scam", "oplicht", "pas op", "let op", "waarschuw", "warning", "alert", "regels", "rules", "admin", "welkom",
        "welcome", "vouch", "politie"};

    /*
     * Where a match can start, so the scans skip every other position (MatchScan): the numeric
     * patterns open with a digit run (PRICE also with a currency sign), the cues with one of
     * these literals: the literal opening of each alternative of their pattern (keep in step).
     */
    static final MatchScan QUANTITY_SCAN = new MatchScan(QUANTITY, MatchScan.FIRST_DIGIT_OF_RUN);
    static final MatchScan PRICE_SCAN = new MatchScan(PRICE,
            (s, i, from) -> isCurrency(s.charAt(i)) || MatchScan.FIRST_DIGIT_OF_RUN.possible(s, i, from));
    static final MatchScan TIER_LINE_SCAN = new MatchScan(TIER_LINE, MatchScan.FIRST_DIGIT_OF_RUN);
    static final MatchScan REQUEST_SCAN = new MatchScan(REQUEST_CUE, MatchScan.literalAt("zoek", "op zoek", "wie ",
            "iemand ", "heeft iemand", "kan iemand", "waar kan ik", "waar vind ik", "ik wil ", "koop graag", "nodig",
            "looking for", "searching", "wtb", "anyone", "who ", "need ", "any vendor", "plug "));
    static final MatchScan OFFER_SCAN = new MatchScan(OFFER_CUE, MatchScan.literalAt(OFFER_KEYS));
    static final MatchScan WARNING_SCAN = new MatchScan(WARNING_CUE, MatchScan.literalAt(WARNING_KEYS));

    private static final int[] POW31 = new int[64];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = POW31[i - 1] * 31;
        }
    }

    private static final int POW31_4 = POW31[4];
    private static final int W_HASH = hash("w:");
    private static final int P_HASH = hash("p:");
    private static final int B_HASH = hash("b:");
    private static final int[] S_REQUEST = bucketed("s:request");
    private static final int[] S_OFFER = bucketed("s:offer");
    private static final int[] S_WARNING = bucketed("s:warning");
    private static final int[] S_NODRUG_REQUEST = bucketed("s:nodrug_request");
    private static final int[] S_NODRUG_OFFER = bucketed("s:nodrug_offer");
    private static final int[] S_QTY = bucketed("s:qty");
    private static final int[] S_PRICE = bucketed("s:price");
    private static final int[] S_TIERS = bucketed("s:tiers");
    private static final int[] S_LINES = bucketed("s:lines");
    private static final int[] S_EMOJI = bucketed("s:emoji");
    private static final int[] S_LEN = {hash("s:len0"), hash("s:len1"), hash("s:len2"), hash("s:len3")};
    private static final int S_DRUG_TRUE = hash("s:drugtrue");
    private static final int S_DRUG_FALSE = hash("s:drugfalse");
    private static final int S_QUESTION = hash("s:question");
    private static final int S_ENDS_QUESTION = hash("s:endsquestion");

    private IntentFeatures() {}

    /** Feature indices (with repeats for counts) of a post text. */
    static int[] of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Hashes feats = new Hashes(Math.max(32, s.length() / 2));
        Matcher m = TOKEN.matcher(s);
        // features are hashed as String.hashCode of "w:"+word etc., computed without building the strings
        String prev = "^";
        int prevHash = prev.hashCode();
        int prevPow = 31;
        while (m.find()) {
            String w = word(stripEdges(s, m.start(), m.end()));
            if (w.isEmpty()) {
                continue;
            }
            int h = w.hashCode();
            int pow = pow31(w.length());
            feats.add(W_HASH * pow + h);
            if (w.length() > 5 && !w.startsWith("<")) {
                feats.add(P_HASH * POW31_4 + prefixHash(w));
            }
            feats.add(((B_HASH * prevPow + prevHash) * 31 + '_') * pow + h);
            prevHash = h;
            prevPow = pow;
        }
        feats.add(((B_HASH * prevPow + prevHash) * 31 + '_') * 31 + '$');
        shape(s, text, feats);
        return feats.toArray();
    }

    /** The token s[from, to) without leading and trailing . , ' / - (what the tokeniser lets through). */
    private static String stripEdges(String s, int from, int to) {
        while (from < to && isEdge(s.charAt(from))) {
            from++;
        }
        while (to > from && isEdge(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isEdge(char c) {
        return c == '.' || c == ',' || c == '\'' || c == '/' || c == '-';
    }

    private static String word(String w) {
        if (isQuantity(w)) {
            return "<qty>";
        }
        if (isNumber(w)) {
            return "<num>";
        }
        if (w.startsWith("@") && w.length() > 2) {
            return "<handle>";
        }
        return w;
    }

    /** Whether w is a whole {@code \\d+(?:[.,]\\d+)?(?:g|gr|kg|ml|mg|mcg|ug|x)}, without a regex. */
    static boolean isQuantity(String w) {
        int i = number(w, 0);
        if (i <= 0) {
            return false;
        }
        return switch (w.substring(i)) {
            case "g", "gr", "kg", "ml", "mg", "mcg", "ug", "x" -> true;
            default -> false;
        };
    }

    /** Whether w is a whole {@code [€£$]?\\d+(?:[.,]\\d+)?(?:k|€|eur)?}, without a regex. */
    static boolean isNumber(String w) {
        int start = !w.isEmpty() && isCurrency(w.charAt(0)) ? 1 : 0;
        int i = number(w, start);
        if (i <= start) {
            return false;
        }
        return switch (w.substring(i)) {
            case "", "k", "€", "eur" -> true;
            default -> false;
        };
    }

    /**
     * The end of {@code \\d+(?:[.,]\\d+)?} (ASCII digits, like the regex {@code \\d}) starting at
     * from, or from if no digit is there. Greedy is exact here: what may follow never starts with a digit.
     */
    private static int number(String w, int from) {
        int i = digits(w, from);
        if (i > from && i + 1 < w.length() && (w.charAt(i) == '.' || w.charAt(i) == ',')) {
            int j = digits(w, i + 1);
            if (j > i + 1) {
                i = j;
            }
        }
        return i;
    }

    private static int digits(String w, int from) {
        int i = from;
        while (i < w.length() && w.charAt(i) >= '0' && w.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isCurrency(char c) {
        return c == '€' || c == '£' || c == '$';
    }

    private static int prefixHash(String w) {
        return ((w.charAt(0) * 31 + w.charAt(1)) * 31 + w.charAt(2)) * 31 + w.charAt(3);
    }

    /** 31^n with int overflow, as String.hashCode composes. */
    private static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    private static void shape(String lower, String raw, Hashes feats) {
        // the numeric patterns all need an ASCII digit and the cue patterns one of their key words:
        // cheap checks that skip regex scans which could not match anything
        boolean digits = hasAsciiDigit(lower);
        int quantities = digits ? QUANTITY_SCAN.count(lower) : 0;
        int prices = digits && mayHavePrice(lower) ? PRICE_SCAN.count(lower) : 0;
        int tierLines = digits ? TIER_LINE_SCAN.count(lower) : 0;
        int requests = containsAny(lower, REQUEST_KEYS) ? REQUEST_SCAN.count(lower) : 0;
        int offers = containsAny(lower, OFFER_KEYS) ? OFFER_SCAN.count(lower) : 0;
        int warnings = containsAny(lower, WARNING_KEYS) ? WARNING_SCAN.count(lower) : 0;
        feats.add(bucketHash(S_REQUEST, requests));
        feats.add(bucketHash(S_OFFER, offers));
        feats.add(bucketHash(S_WARNING, warnings));
        boolean drug = DrugCue.in(lower);
        feats.add(drug ? S_DRUG_TRUE : S_DRUG_FALSE);
        if (!drug && lower.length() < 150) {
            // short posts about nothing drug-related: weigh cue words differently
            feats.add(bucketHash(S_NODRUG_REQUEST, requests));
            feats.add(bucketHash(S_NODRUG_OFFER, offers));
        }
        feats.add(bucketHash(S_QTY, quantities));
        feats.add(bucketHash(S_PRICE, prices));
        feats.add(bucketHash(S_TIERS, tierLines));
        if (lower.indexOf('?') >= 0) {
            feats.add(S_QUESTION);
            if (lower.strip().endsWith("?")) {
                feats.add(S_ENDS_QUESTION);
            }
        }
        feats.add(bucketHash(S_LINES, lineCount(raw)));
        feats.add(bucketHash(S_EMOJI, emojiCount(raw)));
        int len = lower.length();
        feats.add(S_LEN[len < 20 ? 0 : len < 60 ? 1 : len < 150 ? 2 : 3]);
    }

    /**
     * Whether PRICE can match: it needs a currency sign, or a digit followed (after white space
     * as {@code \s} sees it) by one of the marks of its second alternative.
     */
    static boolean mayHavePrice(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isCurrency(c)) {
                return true;
            }
            if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < n && isRegexSpace(s.charAt(j))) {
                    j++;
                }
                if (j < n && (s.charAt(j) == 'k' || s.startsWith("eur", j) || s.startsWith("z\u0142", j)
                        || s.startsWith("pln", j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : "4+";
    }

    /** The four hashed features name+bucket(n), by bucket. */
    private static int[] bucketed(String name) {
        return new int[] {hash(name + bucket(0)), hash(name + bucket(1)), hash(name + bucket(2)), hash(name + bucket(4))};
    }

    private static int bucketHash(int[] byBucket, int n) {
        return byBucket[n == 0 ? 0 : n == 1 ? 1 : n <= 3 ? 2 : 3];
    }

    /** The String hash of a feature name (turned into an index by {@link #index}). */
    private static int hash(String feature) {
        return feature.hashCode();
    }

    private static int index(int stringHash) {
        return Math.floorMod(stringHash * 0x9E3779B1, DIMENSIONS);
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String[] keys) {
        for (String k : keys) {
            if (s.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** What {@code raw.lines().count()} counts: \n, \r and \r\n end lines; a trailing terminator adds none. */
    private static int lineCount(String raw) {
        int lines = 0;
        int n = raw.length();
        int i = 0;
        while (i < n) {
            lines++;
            while (i < n && raw.charAt(i) != '\n' && raw.charAt(i) != '\r') {
                i++;
            }
            if (i < n && raw.charAt(i) == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
        }
        return lines;
    }

    private static int emojiCount(String raw) {
        int count = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (cp >= 0x2190 && !Character.isLetterOrDigit(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    /** Feature indices, appended as String hashes and stored as indices. */
    private static final class Hashes {
        private int[] values;
        private int size;

        Hashes(int capacity) {
            values = new int[capacity];
        }

        void add(int stringHash) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = stringHash;
        }

        int[] toArray() {
            int[] out = Arrays.copyOf(values, size);
            for (int i = 0; i < out.length; i++) {
                out[i] = index(out[i]);
            }
            return out;
        }
    }
}
