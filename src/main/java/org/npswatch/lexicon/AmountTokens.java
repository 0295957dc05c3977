package org.npswatch.lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises tokens that are amounts, doses, prices or pack sizes ("5g", "150mcg", "1ml", "3x",
 * "€20", "100st") so that they are never taken for substance codes. This is deliberately only a
 * recogniser; parsing quantities and prices belongs to the price/quantity parser.
 */
final class AmountTokens {
    private static final Pattern NUMBER_WITH_SUFFIX =
            Pattern.compile("^[€$£]?\\d+(?:[.,]\\d+)?([a-zµμ%€$£]{0,8})$");
    private static final Set<String> SUFFIXES = Set.of("", "g", "gr", "gram", "grams", "gramm", "mg", "kg", "kilo",
            "kilos", "mcg", "ug", "µg", "μg", "ml", "l", "cl", "x", "st", "stk", "stuks", "pcs", "pc", "pieces",
            "tabs", "tab", "caps", "pellets", "pills", "pil", "pillen", "%", "€", "eur", "euro", "usd", "gbp", "pln",
            "chf", "zl", "k", "h", "d", "m", "w", "e", "p", "pk", "pack", "ct", "oz", "lb", "lbs", "mm", "cm",
            "hr", "hrs", "min", "dagen", "days", "day", "th", "nd", "rd", "de", "ste", "xl", "xxl", "s");

    private AmountTokens() {}

    /** Whether a token is an amount, dose, price or pack size. */
    static boolean isQuantity(String token) {
        // Cheap exact pre-check: the pattern demands a currency sign or a digit first.
        if (token.isEmpty() || !startsLikeAmount(token.charAt(0))) {
            return false;
        }
        Matcher m = NUMBER_WITH_SUFFIX.matcher(token.toLowerCase(Locale.ROOT));
        return m.matches() && SUFFIXES.contains(m.group(1));
    }

    private static boolean startsLikeAmount(char c) {
        return c == '€' || c == '$' || c == '£' || Character.isDigit(c);
    }
}
