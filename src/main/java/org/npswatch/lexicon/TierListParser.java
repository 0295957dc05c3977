package org.npswatch.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;

/**
 * Reads price lists in free text into tiers: "1g 12,50 | 5g 50 | 10g 90", "1g - €50\n5g - €220",
 * "10 pillen 40", "1g: 12.50€ / 5g: 50€", "5 gram €50,00", "€50 per gram", table rows flattened
 * to lines. Pure functions; amounts are BigDecimal.
 *
 * <p>How: the text becomes a sequence of quantities and amounts; each quantity is paired with the
 * amount right after it ("1g 12,50"), or each amount with the quantity right after it ("€50 per
 * gram"), whichever order pairs more distinct quantities (quantity first on a tie). A quantity
 * followed by another quantity ("270mg 10 pillen 40") pairs only the second one. Slash lists
 * ("1/5/10g: 12/50/90 €") are read as one tier per position.
 */
public final class TierListParser {
    private TierListParser() {}

    /** Tiers in the text; bare numbers are prices in {@code defaultCurrency}. */
    public static List<PriceTier> parse(String text, Currency defaultCurrency) {
        return parse(text, Optional.of(defaultCurrency), MoneyParser.DecimalMark.UNKNOWN);
    }

    /**
     * Tiers in the text. Without a default currency only amounts that carry a currency mark
     * count. An {@code UNKNOWN} decimal mark is guessed from the text itself.
     */
    public static List<PriceTier> parse(String text, Optional<Currency> defaultCurrency, MoneyParser.DecimalMark hint) {
        String expanded = SlashLists.expand(text);
        MoneyParser.DecimalMark mark = hint == MoneyParser.DecimalMark.UNKNOWN ? MoneyParser.DecimalMark.guess(expanded) : hint;
        List<PriceToken> all = PriceText.tokens(expanded, mark);
        Optional<Currency> textCurrency = all.stream()
                .flatMap(t -> t instanceof PriceToken.Amount a ? a.currency().stream() : Stream.empty())
                .findFirst();
        Currency fallback = textCurrency.or(() -> defaultCurrency).orElse(null);
        if (fallback == null) {
            return List.of();
        }
        List<PriceToken> tokens = all.stream()
                .filter(t -> !(t instanceof PriceToken.Amount a) || a.value().signum() > 0)
                .toList();
        // The pairing that explains more distinct quantities wins: unit prices ("12,00 €/g") in a
        // tier table pair amount-first too, but all with the same quantity.
        List<PriceTier> quantityFirst = tidy(pair(tokens, true, fallback, expanded));
        List<PriceTier> amountFirst = tidy(pair(tokens, false, fallback, expanded));
        return amountFirst.size() > quantityFirst.size() ? amountFirst : quantityFirst;
    }

    /**
     * Tiers sorted smallest quantity first (per dimension: mass, volume, count), one tier per
     * quantity (the first seen wins).
     */
    public static List<PriceTier> tidy(List<PriceTier> tiers) {
        Map<String, PriceTier> byQuantity = new LinkedHashMap<>();
        for (PriceTier t : tiers) {
            byQuantity.putIfAbsent(t.quantity().unit().dimension() + "|" + t.quantity().inBaseUnits().stripTrailingZeros()
                    + "|" + t.quantity().unit(), t);
        }
        List<PriceTier> out = new ArrayList<>(byQuantity.values());
        out.sort(Comparator.comparing((PriceTier t) -> t.quantity().unit().dimension())
                .thenComparing(t -> t.quantity().inBaseUnits()));
        return List.copyOf(out);
    }

    private static List<PriceTier> pair(List<PriceToken> tokens, boolean quantityFirst, Currency fallback, String text) {
        List<PriceTier> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            PriceToken first = tokens.get(i);
            PriceToken second = tokens.get(i + 1);
            if (!quantityFirst && text.substring(first.end(), second.start()).indexOf('\n') >= 0) {
                // "€40.00" then, lines later, "150 mcg each": a price is followed by its quantity
                // only on the same line ("€ 25,00 per gram").
                continue;
            }
            Optional<PriceTier> tier = quantityFirst
                    ? tier(first, second, fallback)
                    : tier(second, first, fallback);
            if (tier.isPresent()) {
                out.add(tier.get());
                i++;
            }
        }
        return out;
    }

    private static Optional<PriceTier> tier(PriceToken quantity, PriceToken amount, Currency fallback) {
        if (quantity instanceof PriceToken.Measure q && amount instanceof PriceToken.Amount a) {
            Quantity qty = q.quantity();
            return Optional.of(new PriceTier(qty, new Money(a.value(), a.currency().orElse(fallback))));
        }
        return Optional.empty();
    }
}
