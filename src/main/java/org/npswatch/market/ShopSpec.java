package org.npswatch.market;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.npswatch.market.CatalogueProduct.Category;
import org.npswatch.model.SourceId;

/**
 * The fixed definition of a simulated shop: who it is, what it looks like and what it sells.
 *
 * @param title the shop's name as shown on its pages
 * @param categories kinds of product it carries
 * @param extraProducts catalogue keys it carries outside those categories
 * @param initialSize how many products it lists in week 0
 * @param compactQuantities writes pack sizes as "1g" rather than "1 gram"
 * @param sellsNovel whether invented substances may appear here (research-chemical shops)
 */
public record ShopSpec(
        SourceId id,
        String title,
        Platform platform,
        ShopLanguage language,
        Currency currency,
        List<Category> categories,
        List<String> extraProducts,
        int initialSize,
        boolean compactQuantities,
        boolean sellsNovel) {
    public ShopSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(currency, "currency");
        categories = List.copyOf(categories);
        extraProducts = List.copyOf(extraProducts);
    }

    /** Catalogue products this shop may list. */
    public List<CatalogueProduct> eligibleProducts() {
        return Catalogue.products().stream()
                .filter(p -> categories.contains(p.category()) || extraProducts.contains(p.key()))
                .toList();
    }
}
