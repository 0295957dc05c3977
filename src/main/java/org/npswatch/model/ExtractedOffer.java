package org.npswatch.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer as read from a page, before substance normalisation.
 *
 * @param product the product name as the shop writes it
 * @param description extra text that helps recognise the substance (variant names, short
 *     description); may be empty
 * @param tiers price tiers, smallest quantity first
 * @param sku the shop's product or variant id when it has one
 * @param extractor name of the extractor that produced it (evidence and debugging)
 */
public record ExtractedOffer(
        String product,
        String description,
        List<PriceTier> tiers,
        StockStatus stock,
        Optional<String> sku,
        String extractor) {
    public ExtractedOffer {
        Objects.requireNonNull(product, "product");
        description = description == null ? "" : description;
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(extractor, "extractor");
    }
}
