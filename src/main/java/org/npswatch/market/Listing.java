package org.npswatch.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.StockStatus;

/**
 * One product as a shop lists it in one week.
 *
 * @param name the shop's name for it
 * @param slug URL slug derived from the name
 * @param productId the shop's numeric product id (stable while listed)
 * @param priceFactor multiplier on the catalogue price; re-pricing changes it
 * @param stock in stock or not; shops always say which
 * @param firstWeek the week it was first listed
 * @param marketFactor multiplier of injected price events ({@link MarketEvents.PriceChange}), 1 without
 */
public record Listing(
        CatalogueProduct product, String name, String slug, long productId, BigDecimal priceFactor, StockStatus stock,
        int firstWeek, BigDecimal marketFactor) {
    public Listing {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(priceFactor, "priceFactor");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(marketFactor, "marketFactor");
    }

    Listing(CatalogueProduct product, String name, String slug, long productId, BigDecimal priceFactor, StockStatus stock,
            int firstWeek) {
        this(product, name, slug, productId, priceFactor, stock, firstWeek, BigDecimal.ONE);
    }

    /** The price tiers in the shop's currency, smallest pack first. */
    public List<PriceTier> tiers(Currency currency) {
        List<PriceTier> tiers = new ArrayList<>();
        for (int i = 0; i < product.tierAmounts().size(); i++) {
            BigDecimal price = Prices.tierPrice(product, i, priceFactor.multiply(marketFactor), currency);
            tiers.add(new PriceTier(new Quantity(product.tierAmounts().get(i), product.unit()), new Money(price, currency)));
        }
        return List.copyOf(tiers);
    }

    public boolean inStock() {
        return stock == StockStatus.IN_STOCK;
    }

    Listing withPriceFactor(BigDecimal factor) {
        return new Listing(product, name, slug, productId, factor, stock, firstWeek, marketFactor);
    }

    Listing withMarketFactor(BigDecimal factor) {
        return factor.compareTo(marketFactor) == 0 ? this
                : new Listing(product, name, slug, productId, priceFactor, stock, firstWeek, factor);
    }

    Listing withStock(StockStatus newStock) {
        return new Listing(product, name, slug, productId, priceFactor, newStock, firstWeek, marketFactor);
    }

    /** A URL slug as WordPress and Shopify make them: lower case ASCII words joined by hyphens. */
    static String slugOf(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replace("\u03b1", "alpha")
                .replace("\u00b5", "u")
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
