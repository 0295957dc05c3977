package org.npswatch.extract;

import java.util.List;
import java.util.Optional;
import org.npswatch.lexicon.MoneyParser;
import org.npswatch.lexicon.TierListParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.StockStatus;

/** Turns the texts of a product card or block (name, price text, stock) into an offer. */
final class CardReader {
    private CardReader() {}

    /**
     * An offer when the price text shows a price. A tier list ("1g 12,50 | 5g 50") gives tiers;
     * one price gives one tier for the pack size in the name (else one piece); a price range
     * ("€12,50 – €90,00") gives an offer without tiers, since the page does not say what each
     * price buys.
     */
    static Optional<ExtractedOffer> offer(PageContext page, String name, String priceText, StockStatus stock,
            String description, Optional<String> sku, String extractor) {
        if (name.isBlank() || priceText.isBlank()) {
            return Optional.empty();
        }
        List<PriceTier> tiers = TierListParser.parse(priceText, Optional.of(page.currency()), page.decimalMark());
        if (tiers.isEmpty()) {
            List<Money> prices = MoneyParser.findAll(priceText, Optional.of(page.currency()), page.decimalMark()).stream()
                    .distinct().toList();
            if (prices.isEmpty()) {
                return Optional.empty();
            }
            if (prices.size() == 1) {
                tiers = List.of(new PriceTier(Tiers.defaultQuantity(name), prices.getFirst()));
            }
        }
        return Optional.of(new ExtractedOffer(name.strip(), description.strip(), tiers, stock, sku, extractor));
    }
}
