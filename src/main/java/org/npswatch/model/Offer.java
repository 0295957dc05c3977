package org.npswatch.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A normalised offer seen on a webshop page: what is sold, by whom, at what price tiers.
 *
 * @param substances canonical names of the lexicon substances the product is
 * @param unknownCandidates substance-like names in the product that no lexicon entry knows
 */
public record Offer(
        SourceId source,
        URI url,
        String product,
        List<String> substances,
        List<String> unknownCandidates,
        List<PriceTier> tiers,
        StockStatus stock,
        Optional<String> sku) {
    public Offer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(product, "product");
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(sku, "sku");
    }

    /**
     * Identity of the listing across crawls: same shop, same product (sku when known, else the
     * normalised product name) at the same URL.
     */
    public String listingKey() {
        String product = sku.orElse(this.product.strip().toLowerCase(java.util.Locale.ROOT));
        return source.value() + "|" + url + "|" + product;
    }

    /** The cheapest price per base unit over all tiers, if any tier exists. */
    public Optional<PriceTier> bestTier() {
        return tiers.stream()
                .min(java.util.Comparator.comparing(t -> t.pricePerBaseUnit().amount()));
    }
}
