package org.npswatch.extract.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Emoji that sellers use as product codes in menus: "❄️ 1g 60" is cocaine, "🐴 5g 120" ketamine.
 * An emoji is read as a code only on a menu line (one with a quantity or a price) that names no
 * substance itself and whose other words are generic ("flake", "top", "gratis") — so a snowflake
 * in front of "White Widow 10g" (a cannabis strain) is a bullet, not cocaine. A pill emoji also
 * counts before pill brand names ("💊 Tesla 250mg"): such pills are ecstasy.
 */
final class EmojiCodes {
    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(0x2744, "cocaine"), // ❄
            Map.entry(0x2603, "cocaine"), // ☃
            Map.entry(0x26C4, "cocaine"), // ⛄
            Map.entry(0x1F434, "ketamine"), // 🐴
            Map.entry(0x1F40E, "ketamine"), // 🐎
            Map.entry(0x1F344, "psilocybin"), // 🍄
            Map.entry(0x1F33F, "cannabis"), // 🌿
            Map.entry(0x1F341, "cannabis"), // 🍁
            Map.entry(0x1F343, "cannabis"), // 🍃
            Map.entry(0x1F388, "nitrous oxide"), // 🎈
            Map.entry(0x1F48A, "MDMA"), // 💊
            Map.entry(0x1F4A7, "GHB"), // 💧
            Map.entry(0x1F680, "amphetamine")); // 🚀
    private static final int PILL = 0x1F48A;
    private static final Pattern MENU_LINE = Pattern.compile(
            "(?i)\\d+(?:[.,]\\d+)?\\s*(?:g|gr|gram|grams|kg|kilo|ml|l|mg|ug|mcg|x|st|stuks|pillen|pills|tabs|caps)\\b"
                    + "|[€£$]\\s*\\d|\\d\\s*(?:€|£|eur|euro)\\b|\\d+\\s*(?:-|voor|for|=|➡️|→)\\s*[€£$]?\\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    /** Words that describe quality, amount or a deal, never a different product. */
    private static final Set<String> GENERIC = Set.of("g", "gr", "gram", "grams", "kg", "kilo", "ml", "mg", "ug", "mcg", "x", "st",
            "stuks", "pillen", "pills", "pil", "pill", "tabs", "caps", "eur", "euro", "k", "flake", "fishscale", "pure", "puur",
            "uncut", "top", "premium", "quality", "kwaliteit", "best", "beste", "peruaanse", "peruvian", "colombian", "colombiaanse",
            "bolivian", "boliviaanse", "gratis", "free", "bij", "voor", "for", "per", "of", "or", "en", "and", "nieuw", "new",
            "op", "aanvraag", "request", "only", "alleen", "vanaf", "from", "deal", "actie", "korting", "tank", "tanks", "stuk",
            "i", "p", "v", "ipv", "nu", "now", "met", "with", "tot", "up", "to", "weer", "binnen", "in", "stock");

    private EmojiCodes() {}

    /** Whether a line holds a code emoji at all (cheap test before asking the lexicon about the line). */
    static boolean mayCode(String line) {
        return line.codePoints().anyMatch(CODES::containsKey);
    }

    /** Substances coded by emoji on a menu line; none when the line names a substance itself. */
    static List<String> substances(String line, boolean lineNamesSubstance) {
        if (lineNamesSubstance || !MENU_LINE.matcher(line).find()) {
            return List.of();
        }
        boolean generic = WORD.matcher(line).results()
                .allMatch(w -> GENERIC.contains(w.group().toLowerCase(Locale.ROOT)));
        List<String> out = new ArrayList<>();
        line.codePoints().forEach(cp -> {
            String s = CODES.get(cp);
            if (s != null && (generic || cp == PILL) && !out.contains(s)) {
                out.add(s);
            }
        });
        return out;
    }
}
