package org.npswatch.extract.telegram;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a post into hashed sparse features for the intent classifier: words and word pairs
 * (numbers and quantities folded to placeholders, so "1g 60" and "5g 250" look alike), word
 * prefixes (Dutch inflections: zoek, zoekt, zoekende), and a few shape features that carry most
 * of the signal in menus and requests (price lines, question marks, handles, emoji, line count).
 */
final class IntentFeatures {
    static final int DIMENSIONS = 1 << 18;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}€£$@#%/.,'+-]+");
    private static final Pattern QUANTITY =
            Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:g|gr|gram|kg|kilo|ml|l|mg|mcg|ug|st|stuks|pillen|pills|x|caps|tabs|blotters|pellets)\\b");
    private static final Pattern PRICE = Pattern.compile("(?:[€£$]\\s*\\d+|\\d+(?:[.,]\\d+)?\\s*(?:€|eur|euro|£|k\\b|zł|pln))");
    private static final Pattern TIER_LINE = Pattern.compile(
            "(?m)\\d+(?:[.,]\\d+)?\\s*[a-z]{0,7}\\s*(?:-|:|=|voor|for|\\|)?\\s*[€£$]?\\s*\\d+(?:[.,]\\d+)?\\s*(?:k|€|eur|euro)?\\s*(?:$|\\||/|,)");

    /** Phrases with which people ask for drugs (NL/EN); a cue, not a rule: the model weighs it. */
    private static final Pattern REQUEST_CUE = Pattern.compile(
            "\\b(?:zoek\\w*|op zoek|wie (?:heeft|levert|verkoopt|kan|bezorgt|zit)|iemand (?:die|hier|met)?|heeft iemand|kan iemand"
                    + "|waar kan ik|waar vind ik|ik wil (?:graag )?(?:\\d+ )?\\w* ?kopen|koop graag|nodig|looking for|searching|wtb|anyone"
                    + "|who (?:can|has|sells)|need (?:a|some|\\d)|any vendor|plug (?:in|voor|for))\\b");
    /** Phrases with which sellers advertise (NL/EN). */
    private static final Pattern OFFER_CUE = Pattern.compile(
            "\\b(?:te koop|verkoop\\w*|aanbod|aanbieding|bezorg\\w*|levering|verzending|op voorraad|beschikbaar|binnen!?"
                    + "|selling|for sale|delivery|shipping|in stock|available|menu|bestel\\w*|order)\\b");
    private static final Pattern WARNING_CUE = Pattern.compile(
            "\\b(?:scam\\w*|oplicht\\w*|pas op|let op|waarschuw\\w*|warning|alert|regels|rules|admin\\w*|welkom|welcome|vouch|politie)\\b");

    /**
     * Whether a post names a drug at all (street names, common codes, drug emoji): it tells a
     * request ("anyone selling shrooms?") from a social question ("anyone going to Fabric?") and
     * a drug menu from a sale of concert tickets.
     */
    private static final Pattern DRUG_CUE = Pattern.compile(
            "\\b(?:coke|cola|sneeuw|snow|charlie|coca\\w*|keta\\w*|ket|k|kitkat|tina|meth|crystal|ice|pep|speed|amf\\w*|molly|mandy|mdma"
                    + "|xtc|pil|pill\\w*|g|ghb|gbl|lachgas|nitrous|ballon\\w*|balloons?|tanks?|wiet|weed|hasj|hash|kush|haze|truffel\\w*"
                    + "|shrooms?|paddo\\w*|mushrooms?|lsd|acid|tabs|blotters?|2c-?b|[234]-?[a-z]{2,4}|dmt|xan\\w*|oxy\\w*|percs?|benzos?"
                    + "|valium|diazepam|tramadol|lean|flake|spul|gear)\\b|[\u2744\\x{1F434}\\x{1F344}\\x{1F33F}\\x{1F341}\\x{1F343}"
                    + "\\x{1F388}\\x{1F48A}\\x{1F48E}\\x{1F4A7}]");

    private IntentFeatures() {}

    /** Feature indices (with repeats for counts) of a post text. */
    static int[] of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> feats = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            words.add(word(m.group().replaceAll("^[.,'/-]+|[.,'/-]+$", "")));
        }
        String prev = "^";
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            feats.add("w:" + w);
            if (w.length() > 5 && !w.startsWith("<")) {
                feats.add("p:" + w.substring(0, 4));
            }
            feats.add("b:" + prev + "_" + w);
            prev = w;
        }
        feats.add("b:" + prev + "_$");
        shape(s, text, feats);
        int[] out = new int[feats.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.floorMod(feats.get(i).hashCode() * 0x9E3779B1, DIMENSIONS);
        }
        return out;
    }

    private static String word(String w) {
        if (w.matches("\\d+(?:[.,]\\d+)?(?:g|gr|kg|ml|mg|mcg|ug|x)")) {
            return "<qty>";
        }
        if (w.matches("[€£$]?\\d+(?:[.,]\\d+)?(?:k|€|eur)?")) {
            return "<num>";
        }
        if (w.startsWith("@") && w.length() > 2) {
            return "<handle>";
        }
        return w;
    }

    private static void shape(String lower, String raw, List<String> feats) {
        int quantities = count(QUANTITY, lower);
        int prices = count(PRICE, lower);
        int tierLines = count(TIER_LINE, lower);
        feats.add("s:request" + bucket(count(REQUEST_CUE, lower)));
        feats.add("s:offer" + bucket(count(OFFER_CUE, lower)));
        feats.add("s:warning" + bucket(count(WARNING_CUE, lower)));
        boolean drug = DRUG_CUE.matcher(lower).find();
        feats.add("s:drug" + drug);
        if (!drug && lower.length() < 150) {
            // short posts about nothing drug-related: weigh cue words differently
            feats.add("s:nodrug_request" + bucket(count(REQUEST_CUE, lower)));
            feats.add("s:nodrug_offer" + bucket(count(OFFER_CUE, lower)));
        }
        feats.add("s:qty" + bucket(quantities));
        feats.add("s:price" + bucket(prices));
        feats.add("s:tiers" + bucket(tierLines));
        if (lower.contains("?")) {
            feats.add("s:question");
        }
        if (lower.strip().endsWith("?")) {
            feats.add("s:endsquestion");
        }
        long lines = raw.lines().count();
        feats.add("s:lines" + bucket((int) lines));
        int emoji = (int) raw.codePoints().filter(cp -> cp >= 0x2190 && !Character.isLetterOrDigit(cp)).count();
        feats.add("s:emoji" + bucket(emoji));
        int len = lower.length();
        feats.add("s:len" + (len < 20 ? 0 : len < 60 ? 1 : len < 150 ? 2 : 3));
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : "4+";
    }
}
