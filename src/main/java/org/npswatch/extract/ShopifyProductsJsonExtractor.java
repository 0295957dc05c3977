package org.npswatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.npswatch.lexicon.MoneyParser;
import org.npswatch.lexicon.QuantityParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Money;
import org.npswatch.model.Quantity;
import org.npswatch.model.StockStatus;

/**
 * Shopify's public product JSON: {@code /products.json} ({"products": [...]}),
 * {@code /products/x.json} ({"product": {...}}) and the product object themes embed in product
 * pages ({@code script[data-product-json]}, {@code script#ProductJson-*}). Variant titles and
 * options ("5g", "5 gram / Blue") give the quantities.
 *
 * <p>Prices: the JSON endpoints write decimal strings ("12.50"); the embedded theme object (the
 * same as {@code /products/x.js}) writes integers in cents (1250). An integer number is therefore
 * read as cents, a string or a decimal number as the amount itself.
 */
final class ShopifyProductsJsonExtractor implements Extractor {
    @Override
    public String name() {
        return "shopify-products-json";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        List<JsonNode> products = new ArrayList<>();
        page.json().ifPresent(root -> {
            if (root.has("products")) {
                root.get("products").forEach(products::add);
            } else if (root.has("product")) {
                products.add(root.get("product"));
            } else if (root.has("variants") && root.has("title")) {
                products.add(root);
            }
        });
        page.html().ifPresent(doc -> {
            for (Element script : doc.select("script[data-product-json], script[id^=ProductJson], script#product-json")) {
                Json.parse(script.data(), "embedded Shopify product JSON", page.problems()).ifPresent(products::add);
            }
        });
        List<ExtractedOffer> out = new ArrayList<>();
        for (JsonNode p : products) {
            offer(p, page).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ExtractedOffer> offer(JsonNode product, PageContext page) {
        String title = Json.text(product, "title").orElse("");
        if (title.isEmpty() || !product.has("variants")) {
            return Optional.empty();
        }
        List<Tiers.Priced> priced = new ArrayList<>();
        StringBuilder variantText = new StringBuilder();
        for (JsonNode v : product.get("variants")) {
            Optional<Money> price = price(v.get("price"), page);
            if (price.isEmpty()) {
                continue;
            }
            Optional<Quantity> quantity = Optional.empty();
            for (String field : List.of("title", "option1", "option2", "option3")) {
                String value = Json.text(v, field).orElse("");
                if (!value.equalsIgnoreCase("Default Title") && !value.isEmpty()) {
                    if (field.equals("title")) {
                        variantText.append(value).append('\n');
                    }
                    quantity = quantity.or(() -> QuantityParser.parse(value));
                }
            }
            StockStatus stock = v.has("available")
                    ? (v.get("available").asBoolean() ? StockStatus.IN_STOCK : StockStatus.OUT_OF_STOCK)
                    : StockStatus.UNKNOWN;
            priced.add(new Tiers.Priced(quantity, price.get(), stock));
        }
        if (priced.isEmpty()) {
            return Optional.empty();
        }
        String body = Json.text(product, "body_html").or(() -> Json.text(product, "description"))
                .map(html -> Jsoup.parse(html).text()).orElse("");
        Optional<String> sku = Json.text(product, "handle").or(() -> Json.text(product, "id"));
        return Optional.of(new ExtractedOffer(title, (variantText + body).strip(), Tiers.of(priced, title),
                Tiers.stock(priced), sku, name()));
    }

    private static Optional<Money> price(JsonNode node, PageContext page) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value;
        if (node.isIntegralNumber()) {
            value = Optional.of(node.decimalValue().movePointLeft(2));
        } else if (node.isNumber()) {
            value = Optional.of(node.decimalValue());
        } else {
            value = MoneyParser.parseAmount(node.asText(), MoneyParser.DecimalMark.DOT);
        }
        return value.filter(v -> v.signum() > 0).map(v -> new Money(v, page.currency()));
    }
}
