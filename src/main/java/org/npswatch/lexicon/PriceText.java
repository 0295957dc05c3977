package org.npswatch.lexicon;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npswatch.model.Quantity;
import org.npswatch.model.Unit;

/**
 * Splits a price text into amounts and quantities, in order of appearance. Numbers that belong to
 * names ("3-MMC", "2C-B", "5F-ADB"), percentages, dates and times are skipped.
 */
final class PriceText {
    private static final Pattern NUMBER = Pattern.compile(
            "\\d(?:[\\d.,'\u2019\u00A0\u202F\u2009]*\\d)?(?: \\d{3}[.,]\\d{2}(?!\\d))?(?:[.,][-\u2013\u2014]{1,2})?");
    private static final Pattern AFTER_WORD = Pattern.compile(
            "^(\\s*)(?:([x\u00D7*])\\s*)?(-?)\\s*([\\p{L}\u00B5][\\p{L}\u2019']*\\.?)");
    private static final Pattern AFTER_SYMBOL = Pattern.compile("^\\s*([\u20AC\u00A3$])");
    private static final Pattern BEFORE_CURRENCY = Pattern.compile(
            "(?iu)(?<!\\p{L})(\u20AC|\u00A3|US\\$|\\$|eur|gbp|usd|chf|pln|z\u0142|s?fr\\.)\\s*$");
    static final Pattern PER_UNIT = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:(per|pro|je|za|each|a)\\s+|/\\s*)([\\p{L}\u00B5][\\p{L}]*\\.?)(?!\\p{L})");
    /*
     * A PER_UNIT match opens with "/" or a letter of per, pro, je, za, each, a (in any case; a
     * character beyond ASCII is tried too, for case-insensitive Unicode matching).
     */
    static final MatchScan PER_UNIT_SCAN = new MatchScan(PER_UNIT,
            (s, i, from) -> s.charAt(i) >= 128 || "/pPjJzZeEaA".indexOf(s.charAt(i)) >= 0);
    private static final Pattern FRACTION = Pattern.compile("^/(\\d{1,2})");
    private static final Pattern TIME_OR_RATIO = Pattern.compile("^[:/]\\d");
    private static final Pattern PERCENT = Pattern.compile("^\\s*%");
    /** "10 x 150mcg": ten units of that strength; the count is the quantity, the dose is not. */
    private static final Pattern TIMES_DOSE = Pattern.compile(
            "(?iu)^\\s*[x\u00D7]\\s*\\d+(?:[.,]\\d+)?\\s*(?:mg|mcg|\u00B5g|ug|\u03BCg|g|ml)(?!\\p{L})");

    private PriceText() {}

    static List<PriceToken> tokens(String raw, MoneyParser.DecimalMark mark) {
        // Same length, so token positions stay valid for the caller's text.
        String text = raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
        UnitVocabulary units = UnitVocabulary.shipped();
        List<PriceToken> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int consumed = 0;
        while (m.find()) {
            if (!startsFree(text, m.start())) {
                continue;
            }
            Optional<PriceToken> token = read(text, m, mark, consumed, units);
            if (token.isPresent()) {
                out.add(token.get());
                consumed = token.get().end();
                if (m.end() < token.get().end()) {
                    m.region(token.get().end(), text.length());
                }
            }
        }
        addPerUnitMeasures(text, units, out);
        out.sort(Comparator.comparingInt(PriceToken::start));
        return out;
    }

    /** A number may start here: not inside a word ("MDMB-4en", "x12") or another number. */
    private static boolean startsFree(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        if (Character.isDigit(before) || before == '.' || before == ',') {
            return false;
        }
        if ((before == ':' || before == '/') && start >= 2 && Character.isDigit(text.charAt(start - 2))) {
            return false;
        }
        if (Character.isLetter(before)) {
            return BEFORE_CURRENCY.matcher(text.substring(Math.max(0, start - 4), start)).find();
        }
        return !(before == '-' && start >= 2 && Character.isLetter(text.charAt(start - 2)));
    }

    private static Optional<PriceToken> read(
            String text, Matcher m, MoneyParser.DecimalMark mark, int consumed, UnitVocabulary units) {
        String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (PERCENT.matcher(rest).find()) {
            return Optional.empty();
        }
        Matcher times = TIMES_DOSE.matcher(rest);
        if (times.find()) {
            return MoneyParser.parseAmount(m.group(), mark).filter(v -> v.signum() > 0 && v.scale() <= 0)
                    .<PriceToken>map(v -> new PriceToken.Measure(new Quantity(v, Unit.PIECE), m.start(), m.end() + times.end()));
        }
        Matcher fraction = FRACTION.matcher(rest);
        if (fraction.find()) {
            return readFraction(text, m, fraction, units);
        }
        if (TIME_OR_RATIO.matcher(rest).find()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = MoneyParser.parseAmount(m.group(), mark);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher word = AFTER_WORD.matcher(rest);
        if (word.find()) {
            Optional<Unit> unit = units.unit(word.group(4));
            if (unit.isPresent() && value.get().signum() > 0) {
                int end = m.end() + word.end();
                return Optional.of(new PriceToken.Measure(new Quantity(value.get(), unit.get()), m.start(), end));
            }
            Optional<Currency> named = MoneyParser.currency(word.group(4));
            if (named.isPresent() && word.group(2) == null && word.group(3).isEmpty()) {
                return Optional.of(new PriceToken.Amount(value.get(), named, m.start(), m.end() + word.end()));
            }
            if (word.group(1).isEmpty() || !word.group(3).isEmpty() || word.group(2) != null) {
                return Optional.empty();
            }
        }
        Matcher before = BEFORE_CURRENCY.matcher(text.substring(Math.max(consumed, m.start() - 6), m.start()));
        if (before.find()) {
            return Optional.of(new PriceToken.Amount(value.get(), MoneyParser.currency(before.group(1)), m.start(), m.end()));
        }
        Matcher symbol = AFTER_SYMBOL.matcher(rest);
        if (symbol.find()) {
            return Optional.of(new PriceToken.Amount(
                    value.get(), MoneyParser.currency(symbol.group(1)), m.start(), m.end() + symbol.end()));
        }
        return Optional.of(new PriceToken.Amount(value.get(), Optional.empty(), m.start(), m.end()));
    }

    /** "1/2 g": half a gram; a fraction without a unit is no price. */
    private static Optional<PriceToken> readFraction(String text, Matcher m, Matcher fraction, UnitVocabulary units) {
        if (!m.group().matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int afterFraction = m.end() + fraction.end();
        Matcher word = AFTER_WORD.matcher(text.substring(afterFraction, Math.min(text.length(), afterFraction + 30)));
        BigDecimal denominator = new BigDecimal(fraction.group(1));
        if (!word.find() || denominator.signum() == 0 || word.group(2) != null) {
            return Optional.empty();
        }
        Optional<Unit> unit = units.unit(word.group(4));
        BigDecimal value = new BigDecimal(m.group()).divide(denominator, MathContext.DECIMAL64);
        return unit.map(u -> new PriceToken.Measure(new Quantity(value, u), m.start(), afterFraction + word.end()));
    }

    /** "per gram", "pro Gramm", "za gram", "/g": one of that unit. */
    private static void addPerUnitMeasures(String text, UnitVocabulary units, List<PriceToken> out) {
        Matcher per = PER_UNIT_SCAN.matcher(text);
        for (int from = 0; PER_UNIT_SCAN.find(per, text, from); from = per.end()) {
            Optional<Unit> unit = units.unit(per.group(2));
            if (unit.isEmpty() || overlaps(out, per.start(), per.end())) {
                continue;
            }
            out.add(new PriceToken.Measure(new Quantity(BigDecimal.ONE, unit.get()), per.start(), per.end()));
        }
    }

    private static boolean overlaps(List<PriceToken> tokens, int start, int end) {
        for (PriceToken t : tokens) {
            if (t.start() < end && start < t.end()) {
                return true;
            }
        }
        return false;
    }
}
