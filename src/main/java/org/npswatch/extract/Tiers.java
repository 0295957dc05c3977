package org.npswatch.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.npswatch.lexicon.QuantityParser;
import org.npswatch.lexicon.TierListParser;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.StockStatus;
import org.npswatch.model.Unit;

/** Builds an offer's tiers from priced variants, whatever markup they came from. */
final class Tiers {
    /** One buyable variant: its quantity when the markup tells it, price and stock. */
    record Priced(Optional<Quantity> quantity, Money price, StockStatus stock) {}

    private static final Quantity ONE_PIECE = new Quantity(BigDecimal.ONE, Unit.PIECE);

    private Tiers() {}

    /**
     * Tiers of a product. Variants with a quantity become one tier each. When no variant tells
     * its quantity, the cheapest price is one tier for the pack size the product name states
     * ("Pink Tesla 10 pillen"), else for one piece: the shop sells "one of it".
     */
    static List<PriceTier> of(List<Priced> variants, String productName) {
        List<PriceTier> withQuantity = new ArrayList<>();
        for (Priced p : variants) {
            p.quantity().ifPresent(q -> withQuantity.add(new PriceTier(q, p.price())));
        }
        if (!withQuantity.isEmpty()) {
            return TierListParser.tidy(withQuantity);
        }
        return variants.stream()
                .min(Comparator.comparing(p -> p.price().amount()))
                .map(p -> List.of(new PriceTier(defaultQuantity(productName), p.price())))
                .orElse(List.of());
    }

    static Quantity defaultQuantity(String productName) {
        return QuantityParser.packSize(productName).orElse(ONE_PIECE);
    }

    static StockStatus stock(List<Priced> variants) {
        return StockText.combine(variants.stream().map(Priced::stock).toList());
    }
}
