package org.npswatch.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.npswatch.lexicon.MoneyParser;
import org.npswatch.lexicon.TierListParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.StockStatus;

/** Turns the texts of a product card or block (name, price text, stock) into an offer. */
final class CardReader {
    /** "From €12,00", "ab 9,90 €", "vanaf € 10", "od 35 zł": the cheapest of several variants, not a tier. */
    private static final Pattern FROM_PRICE = Pattern.compile(
            "(?iu)(?<!\\p{L})(from|starting at|vanaf|ab|od|des|à partir de|a partir de)\\s*(?:[€£$]|eur|zł|pln|chf)?\\s*\\d");

    private CardReader() {}

    /**
     * An offer when the price text shows a price. A tier list ("1g 12,50 | 5g 50") gives tiers;
     * one price gives one tier for the pack size in the name (else one piece); a price range
     * ("€12,50 – €90,00") or a "from" price ("ab 9,90 €") gives an offer without tiers, since the
     * page does not say what each price buys.
     */
    static Optional<ExtractedOffer> offer(PageContext page, String name, String priceText, StockStatus stock,
            String description, Optional<String> sku, String extractor) {
        return offer(page, name, priceText, stock, description, sku, extractor, Optional.of(page.currency()));
    }

    /**
     * Like {@link #offer(PageContext, String, String, StockStatus, String, Optional, String)};
     * {@code bareNumbers} is the currency of numbers without a currency mark, or empty when only
     * marked amounts are prices (a block of page text that also holds article numbers and points).
     */
    static Optional<ExtractedOffer> offer(PageContext page, String name, String priceText, StockStatus stock,
            String description, Optional<String> sku, String extractor, Optional<java.util.Currency> bareNumbers) {
        if (name.isBlank() || priceText.isBlank()) {
            return Optional.empty();
        }
        List<PriceTier> tiers = TierListParser.parse(priceText, bareNumbers, page.decimalMark());
        if (tiers.isEmpty()) {
            List<Money> prices = MoneyParser.findAll(priceText, bareNumbers, page.decimalMark()).stream()
                    .distinct().toList();
            if (prices.isEmpty()) {
                return Optional.empty();
            }
            if (prices.size() == 1 && !FROM_PRICE.matcher(priceText).find()) {
                tiers = List.of(new PriceTier(Tiers.defaultQuantity(name), prices.getFirst()));
            }
        }
        return Optional.of(new ExtractedOffer(name.strip(), description.strip(), tiers, stock, sku, extractor));
    }
}
