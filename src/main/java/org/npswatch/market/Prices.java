package org.npswatch.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;

/** How the simulated shops price their tiers and write amounts of money. */
final class Prices {
    /** Volume discount by tier position: bigger packs are cheaper per unit, as in real shops. */
    private static final List<BigDecimal> DISCOUNT = List.of(
            new BigDecimal("1.00"), new BigDecimal("0.85"), new BigDecimal("0.75"),
            new BigDecimal("0.65"), new BigDecimal("0.55"), new BigDecimal("0.45"));

    private static final BigDecimal EUR_TO_GBP = new BigDecimal("0.86");
    private static final BigDecimal EUR_TO_PLN = new BigDecimal("4.30");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Prices() {}

    /**
     * The price of the {@code index}-th tier of a product in a currency. Prices are rounded the way
     * shops round: euro to 50 cents, pounds to x.99, złoty to whole units.
     */
    static BigDecimal tierPrice(CatalogueProduct p, int index, BigDecimal factor, Currency currency) {
        BigDecimal amount = p.tierAmounts().get(index);
        BigDecimal discount = DISCOUNT.get(Math.min(index, DISCOUNT.size() - 1));
        BigDecimal eur = p.eurPerUnit().multiply(amount).multiply(discount).multiply(factor);
        return switch (currency.getCurrencyCode()) {
            case "GBP" -> eur.multiply(EUR_TO_GBP).setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE)
                    .subtract(new BigDecimal("0.01"));
            case "PLN" -> eur.multiply(EUR_TO_PLN).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE).setScale(2);
            default -> eur.divide(HALF, 0, RoundingMode.HALF_UP).multiply(HALF).max(HALF).setScale(2);
        };
    }

    /** Amount with the given separators, always two decimals: "1.250,00", "1,250.00", "1 250,00". */
    static String number(BigDecimal amount, char decimal, char grouping) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(decimal);
        symbols.setGroupingSeparator(grouping);
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** Amount as shops in the language write it, without currency sign. */
    static String number(BigDecimal amount, ShopLanguage language) {
        return switch (language) {
            case EN, EN_GB -> number(amount, '.', ',');
            case NL, DE -> number(amount, ',', '.');
            case PL -> number(amount, ',', '\u00a0');
        };
    }

    /** Amount with currency sign in the habit of the language: "€12,50", "12,50 €", "£9.99", "53,00 zł". */
    static String withSign(BigDecimal amount, Currency currency, ShopLanguage language) {
        String n = number(amount, language);
        return switch (currency.getCurrencyCode()) {
            case "GBP" -> "\u00a3" + n;
            case "PLN" -> n + "\u00a0z\u0142";
            case "USD" -> "$" + n;
            default -> language == ShopLanguage.DE || language == ShopLanguage.PL ? n + "\u00a0\u20ac" : "\u20ac" + n;
        };
    }

    /** Machine form used in JSON and microdata: "12.50". */
    static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
