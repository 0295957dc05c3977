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
     * Identity of the listing across crawls and pages: the shop and the product name, folded
     * (case, spacing, punctuation at the ends). The same product shown on the home page, a
     * category page, its product page and in products.json is one listing, so counts of active
     * offers are not inflated by how many pages show it.
     */
    public String listingKey() {
        String name = product.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        return source.value() + "|" + name;
    }

    /** The cheapest price per base unit over all tiers, if any tier exists. */
    public Optional<PriceTier> bestTier() {
        return tiers.stream()
                .min(java.util.Comparator.comparing(t -> t.pricePerBaseUnit().amount()));
    }

    /**
     * Whether this view of a listing says more than {@code other}, a view of the same listing:
     * more price tiers, or as many and a SKU. A product seen on a listing card and on its own page
     * keeps the richer view.
     */
    public boolean isRicherThan(Offer other) {
        return tiers.size() > other.tiers().size()
                || tiers.size() == other.tiers().size() && sku.isPresent() && other.sku().isEmpty();
    }
}
