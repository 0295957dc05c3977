package org.npswatch.extract;

import java.util.List;
import org.npswatch.model.ExtractedOffer;

/**
 * schema.org Product, ProductGroup (hasVariant), Offer and AggregateOffer from JSON-LD blocks,
 * including Yoast-style {@code @graph} documents and {@code @id} references. Related products
 * ({@code isRelatedTo}, {@code isSimilarTo}) are not this page's offers and are skipped.
 */
final class JsonLdExtractor implements Extractor {
    @Override
    public String name() {
        return "json-ld";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        if (page.jsonLd().isEmpty()) {
            return List.of();
        }
        return new SchemaOrgProducts(page.jsonLd(), page, name()).offers(page.jsonLd());
    }
}
