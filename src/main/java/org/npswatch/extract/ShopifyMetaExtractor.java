package org.npswatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.npswatch.lexicon.QuantityParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Money;
import org.npswatch.model.Quantity;
import org.npswatch.model.StockStatus;

/**
 * The analytics object every Shopify storefront prints, {@code var meta = {"product": {...}}}
 * (collection pages: {@code "products": [...]}) and copies into {@code ShopifyAnalytics.meta}.
 * Its variants carry the price in cents and {@code public_title} ("1 Gram"), which gives the
 * quantity; themes whose JSON-LD lists one Offer per variant without saying what each buys are
 * read correctly only through it. The product title is the variant {@code name} without its
 * " - public_title" suffix. Stock is not in it; other steps or the page text fill it in.
 */
final class ShopifyMetaExtractor implements Extractor {
    private static final String MARKER = "var meta =";

    @Override
    public String name() {
        return "shopify-meta";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        if (page.html().isEmpty()) {
            return List.of();
        }
        List<ExtractedOffer> out = new ArrayList<>();
        for (Element script : page.html().orElseThrow().select("script")) {
            String code = script.data();
            int at = code.indexOf(MARKER);
            if (at < 0) {
                continue;
            }
            Optional<String> object = firstObject(code, code.indexOf('{', at));
            Optional<JsonNode> meta = object.flatMap(o -> Json.parse(o, "Shopify analytics meta", page.problems()));
            meta.ifPresent(m -> {
                offer(m.path("product"), page).ifPresent(out::add);
                m.path("products").forEach(p -> offer(p, page).ifPresent(out::add));
            });
        }
        return out;
    }

    private Optional<ExtractedOffer> offer(JsonNode product, PageContext page) {
        List<Tiers.Priced> priced = new ArrayList<>();
        String title = "";
        for (JsonNode v : product.path("variants")) {
            Optional<String> variantTitle = Json.text(v, "public_title");
            String name = Json.text(v, "name").orElse("");
            if (title.isEmpty()) {
                title = variantTitle.filter(t -> name.endsWith(" - " + t))
                        .map(t -> name.substring(0, name.length() - t.length() - 3)).orElse(name).strip();
            }
            JsonNode cents = v.get("price");
            if (cents == null || !cents.canConvertToLong() || cents.asLong() <= 0) {
                continue;
            }
            Money price = new Money(BigDecimal.valueOf(cents.asLong()).movePointLeft(2), page.currency());
            Optional<Quantity> quantity = variantTitle.flatMap(QuantityParser::parse);
            priced.add(new Tiers.Priced(quantity, price, StockStatus.UNKNOWN));
        }
        if (title.isEmpty() || priced.isEmpty()) {
            return Optional.empty();
        }
        String id = product.path("id").asText("");
        return Optional.of(new ExtractedOffer(title, "", Tiers.of(priced, title), StockStatus.UNKNOWN,
                id.isEmpty() ? Optional.empty() : Optional.of(id), name()));
    }

    /** The balanced {...} starting at {@code from}, minding strings; empty when unbalanced. */
    static Optional<String> firstObject(String code, int from) {
        if (from < 0) {
            return Optional.empty();
        }
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return Optional.of(code.substring(from, i + 1));
            }
        }
        return Optional.empty();
    }
}
