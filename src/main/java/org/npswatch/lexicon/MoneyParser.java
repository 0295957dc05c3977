package org.npswatch.lexicon;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.npswatch.model.Money;

/**
 * Reads prices as shops write them: "€12,50", "12.50 EUR", "EUR 1.250,00", "£9.99", "45 zł",
 * "CHF 30.-", "1 250,00 zł". Amounts are {@link BigDecimal}, never double. Pure functions.
 *
 * <p>A single separator followed by exactly three digits ("1.250", "1,250") is ambiguous: it is
 * read as a thousands separator, because prices with three decimals are rare, unless the
 * {@link DecimalMark} hint says that very mark is the decimal mark of the page.
 */
public final class MoneyParser {
    /** Which mark a page uses for decimals; decides ambiguous amounts such as "1.250". */
    public enum DecimalMark {
        COMMA,
        DOT,
        UNKNOWN;

        /** The decimal mark of a locale (nl, de, pl, fr: comma; en: dot). */
        public static DecimalMark forLocale(Locale locale) {
            return switch (locale.getLanguage()) {
                case "en", "zh", "ja", "ko", "he", "th" -> DOT;
                case "" -> UNKNOWN;
                default -> COMMA;
            };
        }

        /**
         * Guesses the decimal mark from the unambiguous amounts in a text ("12,50" votes for
         * comma, "12.50" for dot); {@code UNKNOWN} when the votes tie.
         */
        public static DecimalMark guess(CharSequence text) {
            if (!hasDecimalMark(text)) {
                // every vote is a number with "." or "," in it: most menus have none
                return UNKNOWN;
            }
            Matcher m = UNAMBIGUOUS_DECIMAL.matcher(text);
            int comma = 0;
            int dot = 0;
            while (m.find()) {
                if (m.group(1).equals(",")) {
                    comma++;
                } else {
                    dot++;
                }
            }
            return comma > dot ? COMMA : dot > comma ? DOT : UNKNOWN;
        }

        private static boolean hasDecimalMark(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.' || c == ',') {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern UNAMBIGUOUS_DECIMAL = Pattern.compile("(?<![\\d.,])\\d{1,6}([.,])\\d{2}(?!\\d)(?![.,]\\d)");
    private static final Pattern GROUPING_SPACE = Pattern.compile("['\u2019\u00A0\u202F\u2009 ]");
    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[\\d.,]+");
    private static final Pattern TRAILING_DASH = Pattern.compile("[.,][-\u2013\u2014]{1,2}$");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"), Map.entry("zł", "PLN"), Map.entry("zl", "PLN"), Map.entry("pln", "PLN"),
            Map.entry("złotych", "PLN"), Map.entry("chf", "CHF"), Map.entry("fr", "CHF"), Map.entry("sfr", "CHF"),
            Map.entry("czk", "CZK"), Map.entry("kč", "CZK"), Map.entry("sek", "SEK"), Map.entry("dkk", "DKK"));
    private static final Pattern CURRENCY_MARK = Pattern.compile(
            "(?iu)(?<!\\p{L})(€|£|US\\$|\\$|eur|euros?|gbp|usd|pln|zł|chf|s?fr\\.|czk|kč)(?!\\p{L})");

    private MoneyParser() {}

    /** The first price in the text that names its currency. */
    public static Optional<Money> parse(String text) {
        return parse(text, Optional.empty(), DecimalMark.UNKNOWN);
    }

    /** The first price in the text; a bare number ("12,5") is in {@code defaultCurrency}. */
    public static Optional<Money> parse(String text, Currency defaultCurrency) {
        return parse(text, Optional.of(defaultCurrency), DecimalMark.UNKNOWN);
    }

    /**
     * The first price in the text. An amount with a currency mark wins over a bare number; a
     * bare number counts only when a default currency is given. Numbers that are quantities
     * ("5g"), percentages or parts of names ("3-MMC") are never prices.
     */
    public static Optional<Money> parse(String text, Optional<Currency> defaultCurrency, DecimalMark hint) {
        DecimalMark mark = hint == DecimalMark.UNKNOWN ? DecimalMark.guess(text) : hint;
        List<PriceToken> tokens = PriceText.tokens(text, mark);
        Optional<Money> marked = tokens.stream()
                .flatMap(t -> t instanceof PriceToken.Amount a && a.currency().isPresent() ? Stream.of(a) : Stream.empty())
                .filter(a -> a.value().signum() > 0)
                .findFirst()
                .map(a -> new Money(a.value(), a.currency().orElseThrow()));
        if (marked.isPresent() || defaultCurrency.isEmpty()) {
            return marked;
        }
        return tokens.stream()
                .flatMap(t -> t instanceof PriceToken.Amount a ? Stream.of(a) : Stream.empty())
                .filter(a -> a.value().signum() > 0)
                .findFirst()
                .map(a -> new Money(a.value(), defaultCurrency.orElseThrow()));
    }

    /**
     * Every price in the text, in order: amounts with a currency mark, and bare numbers in the
     * default currency when one is given.
     */
    public static List<Money> findAll(String text, Optional<Currency> defaultCurrency, DecimalMark hint) {
        DecimalMark mark = hint == DecimalMark.UNKNOWN ? DecimalMark.guess(text) : hint;
        return PriceText.tokens(text, mark).stream()
                .flatMap(t -> t instanceof PriceToken.Amount a ? Stream.of(a) : Stream.empty())
                .filter(a -> a.value().signum() > 0 && (a.currency().isPresent() || defaultCurrency.isPresent()))
                .map(a -> new Money(a.value(), a.currency().or(() -> defaultCurrency).orElseThrow()))
                .toList();
    }

    /**
     * Reads one number written with any grouping and decimal convention: "1.250,00", "1,250.00",
     * "1 250,00", "1'250.00", "12,5", "30.-". Empty when the text is no well-formed number
     * (a date such as "12.05.2024", a list "1,2,3").
     */
    public static Optional<BigDecimal> parseAmount(String number, DecimalMark hint) {
        String s = GROUPING_SPACE.matcher(TRAILING_DASH.matcher(number.strip()).replaceAll("")).replaceAll("");
        if (s.isEmpty() || !DIGITS_AND_MARKS.matcher(s).matches() || !Character.isDigit(s.charAt(0))
                || !Character.isDigit(s.charAt(s.length() - 1))) {
            return Optional.empty();
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            int at = Math.max(lastDot, lastComma);
            return grouped(s.substring(0, at), group).map(i -> new BigDecimal(i + "." + s.substring(at + 1)));
        }
        char sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : 0;
        if (sep == 0) {
            return Optional.of(new BigDecimal(s));
        }
        if (s.indexOf(sep) != s.lastIndexOf(sep)) {
            return grouped(s, sep).map(BigDecimal::new);
        }
        String intPart = s.substring(0, s.indexOf(sep));
        String frac = s.substring(s.indexOf(sep) + 1);
        boolean markIsDecimal = (sep == '.' && hint == DecimalMark.DOT) || (sep == ',' && hint == DecimalMark.COMMA);
        // "1.000" never means one with three zero decimals, whatever the page's decimal mark.
        boolean grouping = frac.length() == 3 && intPart.length() <= 3 && !intPart.equals("0")
                && (!markIsDecimal || frac.equals("000"));
        if (grouping) {
            return Optional.of(new BigDecimal(intPart + frac));
        }
        return Optional.of(new BigDecimal(intPart + "." + frac));
    }

    /** Digits grouped in threes by {@code group} ("1.250.000"), as plain digits. */
    private static Optional<String> grouped(String s, char group) {
        String[] parts = s.split(Pattern.quote(String.valueOf(group)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3 && parts.length > 1) {
            return Optional.empty();
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return Optional.empty();
            }
        }
        String joined = String.join("", parts);
        return joined.chars().allMatch(Character::isDigit) ? Optional.of(joined) : Optional.empty();
    }

    /** The currency a symbol, code or word denotes ("€", "zł", "EUR", "Fr."). */
    public static Optional<Currency> currency(String mark) {
        String key = mark.strip().toLowerCase(Locale.ROOT);
        while (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        String code = CURRENCIES.get(key);
        return Optional.ofNullable(code).map(Currency::getInstance);
    }

    /** The currency of the first currency mark in a text, if any. */
    public static Optional<Currency> findCurrency(String text) {
        Matcher m = CURRENCY_MARK.matcher(text);
        return m.find() ? currency(m.group(1)) : Optional.empty();
    }
}
