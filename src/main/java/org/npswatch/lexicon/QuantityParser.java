package org.npswatch.lexicon;

import java.util.List;
import java.util.Optional;
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
     * otherwise the last mass or volume ("MDMA kristal 84% 1g").
     */
    public static Optional<Quantity> packSize(String productName) {
        List<Quantity> all = findAll(productName);
        Optional<Quantity> count = all.stream().filter(q -> q.unit().dimension() == Unit.Dimension.COUNT).findFirst();
        return count.isPresent() ? count : all.stream().reduce((a, b) -> b);
    }

    /** "0-5-gram" (a WooCommerce slug for 0.5 gram) reads as "0.5 gram". */
    private static String unslug(String text) {
        return SLUG_DECIMAL.matcher(text).replaceAll("$1.$2 ");
    }
}
