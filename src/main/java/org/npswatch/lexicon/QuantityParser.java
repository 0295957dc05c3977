package org.npswatch.lexicon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npswatch.model.Quantity;
import org.npswatch.model.Unit;

/**
 * Reads quantities as shops and sellers write them: "1g", "0,5 gram", "500mg", "1 kilo", "10ml",
 * "10 x blotters", "20 pellets", "10 pillen", "100 stuks", "1 Stück", "1 szt.", "per gram",
 * "5-gram" (a shop's variant slug). Unit words come from {@code lexicons/units.txt}. Pure
 * functions.
 */
public final class QuantityParser {
    private static final java.util.regex.Pattern SLUG_DECIMAL =
            java.util.regex.Pattern.compile("(?<![\\d.,])(\\d+)-(\\d+)-(?=\\p{L})");

    /** "10 x 150mcg", "20x 2mg": a count of units of that strength. */
    private static final Pattern COUNT_TIMES_DOSE = Pattern.compile(
            "(?iu)(?<![\\d.,])(\\d{1,4})\\s*[x\u00D7]\\s*\\d+(?:[.,]\\d+)?\\s*(?:mg|mcg|\u00B5g|ug|\u03BCg|g|ml)(?!\\p{L})");
    private static final BigDecimal PRECISION_LIMIT = new BigDecimal("0.1");

    private QuantityParser() {}

    /** The first quantity in the text. */
    public static Optional<Quantity> parse(String text) {
        return findAll(text).stream().findFirst();
    }

    /** Every quantity in the text, in order. */
    public static List<Quantity> findAll(String text) {
        String slugFree = unslug(text);
        return PriceText.tokens(slugFree, MoneyParser.DecimalMark.guess(slugFree)).stream()
                .flatMap(t -> t instanceof PriceToken.Measure q ? java.util.stream.Stream.of(q.quantity())
                        : java.util.stream.Stream.empty())
                .toList();
    }

    /**
     * The pack size a product name states: a count ("10 pillen") wins over a mass or volume,
     * because a mass next to a count is the strength of one pill ("Pink Tesla 270mg, 10 pillen");
     * otherwise the last mass or volume ("MDMA kristal 84% 1g"). "10 x 150mcg" is ten of the form
     * the name names ("Blotters"), else ten pieces; a precision ("Scale 0.01g") is no pack size.
     */
    public static Optional<Quantity> packSize(String productName) {
        Matcher multiple = COUNT_TIMES_DOSE.matcher(productName);
        if (multiple.find()) {
            return Optional.of(new Quantity(new BigDecimal(multiple.group(1)), formOf(productName)));
        }
        List<Quantity> all = findAll(productName).stream().filter(q -> !isPrecision(q)).toList();
        Optional<Quantity> count = all.stream().filter(q -> q.unit().dimension() == Unit.Dimension.COUNT).findFirst();
        return count.isPresent() ? count : all.stream().reduce((a, b) -> b);
    }

    /**
     * A mass below 0.1 g written in grams ("Feinwaage 0,001 g", "Scale 0.01g") is the precision
     * of an instrument, never a pack size: doses that small are written in mg or µg.
     */
    private static boolean isPrecision(Quantity q) {
        return (q.unit() == Unit.GRAM || q.unit() == Unit.KILOGRAM) && q.inBaseUnits().compareTo(PRECISION_LIMIT) < 0;
    }

    /** The form a product name says it comes in ("Blotters", "Pellets", "Tabs"), else pieces. */
    private static Unit formOf(String productName) {
        UnitVocabulary units = UnitVocabulary.shipped();
        for (String word : productName.split("[^\\p{L}]+")) {
            Optional<Unit> unit = units.unit(word).filter(u -> u.dimension() == Unit.Dimension.COUNT);
            if (unit.isPresent()) {
                return unit.get();
            }
        }
        return Unit.PIECE;
    }

    /** "0-5-gram" (a WooCommerce slug for 0.5 gram) reads as "0.5 gram". */
    private static String unslug(String text) {
        return SLUG_DECIMAL.matcher(text).replaceAll("$1.$2 ");
    }
}
