package org.npswatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.StockStatus;

/**
 * Merges what several extractors read from one page into one offer per product.
 *
 * <p>Rule: offers are keyed by their folded product name (case, spaces and punctuation ignored).
 * For the same key the offer with more tiers wins its tiers (the richer source: WooCommerce
 * variations over a JSON-LD AggregateOffer range); the name is the one of the extractor earliest
 * in the chain; stock, sku and description fill in from the others when the winner lacks them. On
 * a product page, offers without tiers are folded into the single offer with tiers, because a
 * product page shows one product even when JSON-LD and the page heading spell it differently.
 */
final class OfferMerger {
    private OfferMerger() {}

    static List<ExtractedOffer> merge(List<ExtractedOffer> inChainOrder, PageKind kind) {
        Map<String, ExtractedOffer> byKey = new LinkedHashMap<>();
        for (ExtractedOffer o : inChainOrder) {
            byKey.merge(key(o.product()), o, OfferMerger::combine);
        }
        List<ExtractedOffer> merged = new ArrayList<>(byKey.values());
        if (kind == PageKind.PRODUCT && merged.size() > 1) {
            List<ExtractedOffer> withTiers = merged.stream().filter(o -> !o.tiers().isEmpty()).toList();
            if (withTiers.size() == 1) {
                ExtractedOffer result = merged.getFirst();
                for (int i = 1; i < merged.size(); i++) {
                    result = combine(result, merged.get(i));
                }
                return List.of(result);
            }
        }
        return List.copyOf(merged);
    }

    static String key(String product) {
        return product.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** {@code first} came earlier in the chain. */
    private static ExtractedOffer combine(ExtractedOffer first, ExtractedOffer second) {
        ExtractedOffer richer = second.tiers().size() > first.tiers().size() ? second : first;
        ExtractedOffer other = richer == first ? second : first;
        StockStatus stock = richer.stock() != StockStatus.UNKNOWN ? richer.stock() : other.stock();
        String description = first.description().isBlank() ? second.description() : first.description();
        String extractor = first.extractor().equals(second.extractor())
                ? first.extractor() : first.extractor() + "+" + second.extractor();
        return new ExtractedOffer(first.product(), description, richer.tiers(), stock,
                first.sku().or(second::sku), extractor);
    }
}
