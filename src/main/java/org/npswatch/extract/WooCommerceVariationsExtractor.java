package org.npswatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.npswatch.lexicon.MoneyParser;
import org.npswatch.lexicon.QuantityParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Money;
import org.npswatch.model.Quantity;
import org.npswatch.model.StockStatus;

/**
 * WooCommerce variable products: the {@code data-product_variations} JSON of
 * {@code form.variations_form}. Each variation's attributes ("attribute_pa_gewicht": "5-gram")
 * give the quantity, {@code display_price} the price, {@code is_in_stock} the stock; the product
 * becomes one offer with one tier per quantity. Forms whose variations are loaded by AJAX
 * ({@code data-product_variations="false"}) yield nothing here.
 */
final class WooCommerceVariationsExtractor implements Extractor {
    @Override
    public String name() {
        return "woocommerce-variations";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        if (page.html().isEmpty()) {
            return List.of();
        }
        List<ExtractedOffer> out = new ArrayList<>();
        for (Element form : page.html().orElseThrow().select("form.variations_form[data-product_variations]")) {
            String data = form.attr("data-product_variations").strip();
            if (!data.startsWith("[")) {
                continue;
            }
            Json.parse(data, "data-product_variations", page.problems()).ifPresent(variations -> offer(page, form, variations)
                    .ifPresent(out::add));
        }
        return out;
    }

    private Optional<ExtractedOffer> offer(PageContext page, Element form, JsonNode variations) {
        String name = productName(page, form);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Tiers.Priced> priced = new ArrayList<>();
        StringBuilder variantText = new StringBuilder();
        for (JsonNode v : variations) {
            Optional<Money> price = price(v, page);
            if (price.isEmpty() || v.path("variation_is_active").asBoolean(true) == false) {
                continue;
            }
            Optional<Quantity> quantity = Optional.empty();
            for (JsonNode value : v.path("attributes")) {
                variantText.append(value.asText()).append(' ');
                quantity = quantity.or(() -> QuantityParser.parse(value.asText()));
            }
            StockStatus stock = v.has("is_in_stock")
                    ? (v.get("is_in_stock").asBoolean() ? StockStatus.IN_STOCK : StockStatus.OUT_OF_STOCK)
                    : StockStatus.UNKNOWN;
            priced.add(new Tiers.Priced(quantity, price.get(), stock));
        }
        if (priced.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sku = Optional.of(form.attr("data-product_id")).filter(s -> !s.isBlank());
        return Optional.of(new ExtractedOffer(name, variantText.toString().strip(), Tiers.of(priced, name),
                Tiers.stock(priced), sku, name()));
    }

    private static String productName(PageContext page, Element form) {
        Element summary = form.closest(".product, .summary, .entry-summary");
        Element title = summary == null ? null : summary.selectFirst(".product_title, h1, h2");
        if (title != null && !title.text().isBlank()) {
            return title.text().strip();
        }
        return page.heading().orElse("");
    }

    private static Optional<Money> price(JsonNode variation, PageContext page) {
        JsonNode p = variation.get("display_price");
        if (p == null || p.isNull() || p.asText().isBlank()) {
            p = variation.get("price");
        }
        if (p == null || p.isNull()) {
            return Optional.empty();
        }
        Optional<java.math.BigDecimal> value = p.isNumber()
                ? Optional.of(p.decimalValue())
                : MoneyParser.parseAmount(p.asText(), MoneyParser.DecimalMark.DOT);
        return value.filter(v -> v.signum() > 0).map(v -> new Money(v, page.currency()));
    }
}
