package org.npswatch.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.Unit;

/**
 * One line of a Telegram menu: an emoji code, the seller's word for the product, and a tier list
 * such as "❄️ Coke 1g - 60 | 5g - 275" or "💊 XTC pillen 10 - 40 | 50 - 165".
 *
 * @param emoji the usual emoji; {@code altEmoji} is swapped in on some re-posts
 * @param label the seller's name for the product (slang)
 * @param substance canonical name
 * @param unit GRAM (written "5g", "1kg") or a count unit (written as a bare number after the label)
 * @param amounts tier quantities in {@code unit}
 * @param eurPerUnit price of one unit at the reference amount {@code amounts[0]}
 * @param euroSign whether prices are written "€90" (English channel) or bare "90" (Dutch menus)
 * @param countWord written after a count amount ("20 pellets - 10"); empty for a bare number as the
 *     hand-written menus have it ("XTC pillen 10 - 40")
 */
record MenuLine(
        String emoji, String altEmoji, String label, String substance, Unit unit, List<BigDecimal> amounts,
        BigDecimal eurPerUnit, boolean euroSign, String countWord) {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    MenuLine {
        Objects.requireNonNull(substance, "substance");
        amounts = List.copyOf(amounts);
        Objects.requireNonNull(countWord, "countWord");
    }

    static MenuLine nl(String emoji, String alt, String label, String substance, Unit unit, String amounts, String eur) {
        return new MenuLine(emoji, alt, label, substance, unit, parse(amounts), new BigDecimal(eur), false, "");
    }

    static MenuLine en(String emoji, String alt, String label, String substance, Unit unit, String amounts, String eur) {
        return new MenuLine(emoji, alt, label, substance, unit, parse(amounts), new BigDecimal(eur), true, "");
    }

    /** The same line with a word after each count amount. */
    MenuLine withCountWord(String word) {
        return new MenuLine(emoji, altEmoji, label, substance, unit, amounts, eurPerUnit, euroSign, word);
    }

    /** The tiers at a price level ({@code factor} combines noise and injected price events). */
    List<PriceTier> tiers(double factor) {
        List<PriceTier> tiers = new ArrayList<>();
        BigDecimal reference = amounts.getFirst();
        for (BigDecimal amount : amounts) {
            double discount = Math.pow(amount.divide(reference, 6, RoundingMode.HALF_UP).doubleValue(), -0.12);
            double eur = eurPerUnit.doubleValue() * amount.doubleValue() * discount * factor;
            tiers.add(new PriceTier(quantity(amount), new Money(round(eur), EUR)));
        }
        return List.copyOf(tiers);
    }

    /** The line as written, with the given emoji. */
    String text(List<PriceTier> tiers, String withEmoji) {
        StringBuilder b = new StringBuilder(withEmoji).append(' ').append(label).append(' ');
        for (int i = 0; i < tiers.size(); i++) {
            PriceTier t = tiers.get(i);
            b.append(i == 0 ? "" : " | ").append(written(t.quantity())).append(" - ")
                    .append(euroSign ? "\u20ac" : "").append(t.price().amount().toPlainString());
        }
        return b.toString();
    }

    /** Whether any tier is a trade quantity: at least 100 g or 1000 pieces. */
    boolean trade() {
        return amounts.stream().anyMatch(a -> unit == Unit.GRAM ? a.compareTo(new BigDecimal("100")) >= 0
                : a.compareTo(THOUSAND) >= 0);
    }

    private Quantity quantity(BigDecimal amount) {
        if (unit == Unit.GRAM && amount.compareTo(THOUSAND) >= 0) {
            return new Quantity(amount.divide(THOUSAND), Unit.KILOGRAM);
        }
        return new Quantity(amount, unit);
    }

    private String written(Quantity q) {
        String n = q.amount().toPlainString();
        return switch (q.unit()) {
            case GRAM -> n + "g";
            case KILOGRAM -> n + "kg";
            case MILLILITRE -> n + "ml";
            case MILLIGRAM -> n + "mg";
            default -> countWord.isEmpty() ? n : n + " " + countWord;
        };
    }

    /** Whole euros; from 100 on to 5, from 1000 on to 50, as dealers round. */
    private static BigDecimal round(double eur) {
        long step = eur >= 1000 ? 50 : eur >= 100 ? 5 : 1;
        long rounded = Math.max(step, Math.round(eur / step) * step);
        return BigDecimal.valueOf(rounded);
    }

    private static List<BigDecimal> parse(String amounts) {
        return java.util.Arrays.stream(amounts.split(",")).map(BigDecimal::new).toList();
    }
}
