package org.npswatch.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.StockStatus;

/**
 * The stock status a product page states in words ("In stock", "Auf Lager", "Niet op voorraad")
 * for an offer whose markup did not say (Magento's microdata has no availability; its stock box
 * does).
 */
final class PageStock {
    private static final Evaluator STOCK = QueryParser.parse(".stock, .availability, [class*=availability],"
            + " [class*=stock-status], #product-availability, .product-availability, [class*=lieferstatus],"
            + " [class*=voorraad], [class*=dostepnosc]");

    private PageStock() {}

    static ExtractedOffer fillIn(ExtractedOffer offer, PageContext page) {
        if (offer.stock() != StockStatus.UNKNOWN || page.html().isEmpty()) {
            return offer;
        }
        StockStatus stock = StockText.of(page.html().orElseThrow().select(STOCK).stream()
                .filter(e -> e.closest("li.product, .related, .upsells, [class*=related]") == null)
                .map(e -> e.text()).reduce("", (a, b) -> a + "\n" + b));
        if (stock == StockStatus.UNKNOWN) {
            return offer;
        }
        return new ExtractedOffer(offer.product(), offer.description(), offer.tiers(), stock, offer.sku(), offer.extractor());
    }
}
