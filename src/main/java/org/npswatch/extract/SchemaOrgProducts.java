package org.npswatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.npswatch.lexicon.MoneyParser;
import org.npswatch.lexicon.QuantityParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Money;
import org.npswatch.model.Quantity;
import org.npswatch.model.StockStatus;
import org.npswatch.model.Unit;

/**
 * Turns schema.org Product and ProductGroup trees (from JSON-LD, or microdata converted to the
 * same shape) into offers: Offer, AggregateOffer (with or without an offers list),
 * priceSpecification, eligibleQuantity, hasVariant, availability, {@code @id} references.
 */
final class SchemaOrgProducts {
    private static final Set<String> PRODUCT_TYPES = Set.of("product", "productgroup", "individualproduct", "productmodel", "someproducts");
    /** Links to other products: never read as this page's products. */
    private static final Set<String> FOREIGN_LINKS = Set.of("isrelatedto", "issimilarto", "isaccessoryorsparepartfor",
            "isconsumablefor", "review", "author", "publisher", "brand", "manufacturer");
    private static final Map<String, Unit> UN_CEFACT = Map.of("GRM", Unit.GRAM, "KGM", Unit.KILOGRAM, "MGM", Unit.MILLIGRAM,
            "MLT", Unit.MILLILITRE, "LTR", Unit.LITRE, "C62", Unit.PIECE, "H87", Unit.PIECE, "EA", Unit.PIECE, "ONZ", Unit.OUNCE);

    private final Map<String, JsonNode> byId = new HashMap<>();
    private final PageContext page;
    private final String extractor;

    SchemaOrgProducts(List<JsonNode> roots, PageContext page, String extractor) {
        this.page = page;
        this.extractor = extractor;
        roots.forEach(this::indexIds);
    }

    /** Offers of every product in the trees, skipping related products and variants read via their group. */
    List<ExtractedOffer> offers(List<JsonNode> roots) {
        List<JsonNode> products = new ArrayList<>();
        roots.forEach(r -> collect(r, products, 0));
        Set<String> variantIds = new HashSet<>();
        for (JsonNode p : products) {
            Json.list(p, "hasVariant").forEach(v -> Json.text(v, "@id").ifPresent(variantIds::add));
        }
        List<ExtractedOffer> out = new ArrayList<>();
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode p : products) {
            boolean variantOfListedGroup = p.has("isVariantOf") && products.stream().anyMatch(q -> types(q).contains("productgroup"))
                    || Json.text(p, "@id").filter(variantIds::contains).isPresent() && !types(p).contains("productgroup");
            if (!variantOfListedGroup && seen.add(p)) {
                toOffer(p).ifPresent(out::add);
            }
        }
        return out;
    }

    private void indexIds(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::indexIds);
        } else if (node.isObject()) {
            Json.text(node, "@id").filter(id -> node.size() > 1).ifPresent(id -> byId.putIfAbsent(id, node));
            node.forEach(this::indexIds);
        }
    }

    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 30 || node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode n = resolve(node);
        if (types(n).stream().anyMatch(PRODUCT_TYPES::contains)) {
            out.add(n);
            return;
        }
        n.properties().forEach(e -> {
            if (!FOREIGN_LINKS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                collect(e.getValue(), out, depth + 1);
            }
        });
    }

    static Set<String> types(JsonNode node) {
        Set<String> out = new HashSet<>();
        Json.list(node, "@type").forEach(t -> out.add(PageKind.simpleType(t.asText())));
        return out;
    }

    private Optional<ExtractedOffer> toOffer(JsonNode product) {
        List<JsonNode> variants = Json.list(product, "hasVariant").stream().map(this::resolve).toList();
        String name = Json.text(product, "name")
                .or(() -> variants.stream().flatMap(v -> Json.text(v, "name").stream()).findFirst())
                .orElse("");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Tiers.Priced> priced = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        if (variants.isEmpty()) {
            priced.addAll(offers(product, Optional.empty()));
        } else {
            for (JsonNode v : variants) {
                String variantName = Json.text(v, "name").orElse("");
                description.append(variantName).append('\n');
                Optional<Quantity> q = variantQuantity(v, variantName);
                priced.addAll(offers(v, q));
            }
        }
        Json.text(product, "description").ifPresent(d -> description.append(org.jsoup.Jsoup.parse(d).text()));
        Optional<String> sku = Json.text(product, "sku").or(() -> Json.text(product, "productGroupID"))
                .or(() -> Json.text(product, "productID"));
        if (priced.isEmpty() && product.findValue("lowPrice") == null) {
            // A product named without any price (a related-product stub) is not an offer.
            return Optional.empty();
        }
        StockStatus stock = Tiers.stock(priced);
        if (priced.isEmpty()) {
            stock = Json.list(product, "offers").stream().map(o -> Json.text(resolve(o), "availability"))
                    .flatMap(Optional::stream).map(StockText::ofSchemaAvailability).findFirst().orElse(StockStatus.UNKNOWN);
        }
        return Optional.of(new ExtractedOffer(name, description.toString().strip(), Tiers.of(priced, name), stock, sku, extractor));
    }

    private Optional<Quantity> variantQuantity(JsonNode variant, String variantName) {
        for (String field : List.of("weight", "size", "eligibleQuantity")) {
            Optional<Quantity> q = quantitativeValue(variant.get(field));
            if (q.isPresent()) {
                return q;
            }
        }
        return QuantityParser.packSize(variantName);
    }

    /** Priced offers of a product or variant; AggregateOffer lists are opened. */
    private List<Tiers.Priced> offers(JsonNode owner, Optional<Quantity> ownerQuantity) {
        List<Tiers.Priced> out = new ArrayList<>();
        for (JsonNode raw : Json.list(owner, "offers")) {
            JsonNode offer = resolve(raw);
            if (offer.has("offers")) {
                out.addAll(offers(offer, ownerQuantity));
                continue;
            }
            Optional<Money> price = price(offer, Json.text(owner, "priceCurrency"));
            if (price.isEmpty()) {
                continue;
            }
            Optional<Quantity> q = quantitativeValue(offer.get("eligibleQuantity"))
                    .or(() -> Json.list(offer, "priceSpecification").stream()
                            .flatMap(s -> quantitativeValue(resolve(s).get("referenceQuantity")).stream()).findFirst())
                    .or(() -> Json.text(offer, "name").flatMap(QuantityParser::packSize))
                    .or(() -> ownerQuantity);
            StockStatus stock = Json.text(offer, "availability").map(StockText::ofSchemaAvailability).orElse(StockStatus.UNKNOWN);
            out.add(new Tiers.Priced(q, price.get(), stock));
        }
        return out;
    }

    /** The offer's price: price, else the selling priceSpecification, else an AggregateOffer's single price. */
    private Optional<Money> price(JsonNode offer, Optional<String> ownerCurrency) {
        Optional<String> currency = Json.text(offer, "priceCurrency").or(() -> ownerCurrency);
        Optional<JsonNode> amount = Optional.ofNullable(offer.get("price")).filter(n -> !n.isNull());
        for (JsonNode spec : Json.list(offer, "priceSpecification")) {
            JsonNode s = resolve(spec);
            String type = Json.text(s, "priceType").orElse("").toLowerCase(Locale.ROOT);
            if (amount.isEmpty() && s.has("price") && !type.contains("listprice") && !type.contains("strikethrough")
                    && !type.contains("msrp")) {
                amount = Optional.of(s.get("price"));
                currency = Json.text(s, "priceCurrency").or(() -> Json.text(offer, "priceCurrency")).or(() -> ownerCurrency);
            }
        }
        if (amount.isEmpty() && offer.has("lowPrice")) {
            Optional<String> low = Json.text(offer, "lowPrice");
            Optional<String> high = Json.text(offer, "highPrice");
            if (high.isPresent() && !high.equals(low)) {
                return Optional.empty();
            }
            amount = Optional.of(offer.get("lowPrice"));
        }
        Optional<java.math.BigDecimal> value = amount.flatMap(n -> n.isNumber()
                ? Optional.of(n.decimalValue())
                : Json.text(n).flatMap(t -> MoneyParser.parseAmount(t.replaceAll("[^\\d.,]", ""), MoneyParser.DecimalMark.DOT)));
        java.util.Currency cur = currency.flatMap(SchemaOrgProducts::currencyCode).orElse(page.currency());
        return value.filter(v -> v.signum() > 0).map(v -> new Money(v, cur));
    }

    private static Optional<java.util.Currency> currencyCode(String code) {
        try {
            return Optional.of(java.util.Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return MoneyParser.currency(code);
        }
    }

    /** A QuantitativeValue (value + unitCode or unitText) or a plain "5 g" string. */
    private Optional<Quantity> quantitativeValue(JsonNode raw) {
        JsonNode node = resolve(raw);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Json.text(node).flatMap(QuantityParser::parse);
        }
        Optional<String> value = Json.text(node, "value");
        Optional<Unit> unit = Json.text(node, "unitCode").map(c -> UN_CEFACT.get(c.toUpperCase(Locale.ROOT)));
        if (value.isPresent() && unit.isPresent()) {
            return MoneyParser.parseAmount(value.get(), MoneyParser.DecimalMark.DOT)
                    .filter(v -> v.signum() > 0).map(v -> new Quantity(v, unit.get()));
        }
        return value.flatMap(v -> QuantityParser.parse(v + " " + Json.text(node, "unitText").orElse("")));
    }
}
