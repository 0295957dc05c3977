package org.npswatch.market;

import java.util.List;
import java.util.Objects;
import org.npswatch.model.PriceTier;
import org.npswatch.model.StockStatus;

/**
 * The ground truth of one offer as a page shows it.
 *
 * @param product the product name exactly as the page writes it
 * @param substances canonical substance names the product is (empty for accessories and for
 *     invented substances)
 * @param unknownNames invented substance names in the product, which no lexicon knows and which
 *     should come out as unknown candidates
 * @param tiers the tiers the page states with both quantity and price; empty when the page shows
 *     only a price or a price range with no pack size (a product card of a variable product)
 * @param stock the stock status the page states (always IN_STOCK or OUT_OF_STOCK on the main
 *     offer of a product page; UNKNOWN where the markup does not say)
 * @param role whether this is the page's main product or a product card among others
 * @param productKey the catalogue key (stable across shops and weeks)
 */
public record ShownOffer(
        String product,
        List<String> substances,
        List<String> unknownNames,
        List<PriceTier> tiers,
        StockStatus stock,
        Role role,
        String productKey) {
    /** Where on the page the offer is. */
    public enum Role {
        /** The product a product page is about, or a row of a price list / products JSON. */
        MAIN,
        /** A product card in a grid (home page, category page, related products). */
        CARD
    }

    public ShownOffer {
        Objects.requireNonNull(product, "product");
        substances = List.copyOf(substances);
        unknownNames = List.copyOf(unknownNames);
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(productKey, "productKey");
    }
}
