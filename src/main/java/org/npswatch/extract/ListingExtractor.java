package org.npswatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.StockStatus;

/**
 * Product cards on listing pages (categories, collections, home pages) that show a price:
 * WooCommerce's {@code li.product} loop, Shopify themes' product cards, and generic cards whose
 * class names say "product". Cards inside related/upsell/cross-sell blocks belong to other
 * pages and are skipped; a card that contains another card is skipped in favour of the inner one.
 */
final class ListingExtractor implements Extractor {
    private static final Evaluator CARDS = QueryParser.parse("ul.products li.product, li.product.type-product, .product-card, .grid-product,"
            + " .product-item, .product-tile, .product-box, .card-product, .product-grid-item, .productListing-item, .product-card-wrapper,"
            + " [class~=(?i)^product(-|_)?(card|item|tile|box)s?$]");
    private static final Evaluator FOREIGN = QueryParser.parse(".related, .upsells, .cross-sells, .recently-viewed, .product-recommendations");
    /** Tried in this order; the first that finds a non-blank name wins. */
    private static final List<Evaluator> NAMES = Stream.of(".woocommerce-loop-product__title", ".product-card__title",
            ".grid-product__title", ".card__heading", ".product-item__title", ".product-title", ".product-name",
            "[class*=title]", "[class*=name]", "h2, h3, h4", "a[title]").map(QueryParser::parse).toList();
    private static final Evaluator PRICES = QueryParser.parse(
            ".price, .money, .amount, .price-item--sale, [class*=price], [class*=prijs], [class*=preis], [class*=cena]");
    private static final Evaluator STOCK = QueryParser.parse(
            ".stock, .badge, .sold-out, [class*=stock], [class*=availability], [class*=delivery], [class*=voorraad],"
                    + " [class*=lager], [class*=dostep], [class*=verfueg], .button, button");
    private static final Evaluator SKU = QueryParser.parse("[data-product_id], [data-product-id]");
    private static final Pattern PRICE_CLASS = Pattern.compile("(?i)compare|regular-price|was-price|old-price|strike|unit-price|list-price|reference-price|price-tax");

    @Override
    public String name() {
        return "listing-cards";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        if (page.html().isEmpty()) {
            return List.of();
        }
        Document doc = page.html().orElseThrow();
        Elements cards = doc.select(CARDS);
        Set<Element> outer = new HashSet<>();
        for (Element card : cards) {
            for (Element parent : card.parents()) {
                outer.add(parent);
            }
        }
        List<ExtractedOffer> out = new ArrayList<>();
        for (Element card : cards) {
            if (outer.contains(card) || card.closest(FOREIGN) != null) {
                continue;
            }
            read(page, card).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ExtractedOffer> read(PageContext page, Element card) {
        Element nameEl = null;
        String name = "";
        for (Evaluator selector : NAMES) {
            nameEl = card.selectFirst(selector);
            name = nameEl == null ? "" : nameEl.text().isBlank() ? nameEl.attr("title") : nameEl.text();
            if (!name.isBlank()) {
                break;
            }
        }
        StringBuilder priceText = new StringBuilder();
        Set<Element> used = new HashSet<>();
        for (Element p : card.select(PRICES)) {
            if (PRICE_CLASS.matcher(p.className()).find() || p.parents().stream().anyMatch(used::contains)
                    || nameEl != null && (p == nameEl || p.parents().contains(nameEl))) {
                continue;
            }
            used.add(p);
            priceText.append(BlockText.of(p)).append('\n');
        }
        StockStatus stock = card.hasClass("outofstock") ? StockStatus.OUT_OF_STOCK
                : card.hasClass("instock") ? StockStatus.IN_STOCK
                : StockText.of(card.select(STOCK).text());
        Optional<String> sku = Optional.ofNullable(card.selectFirst(SKU))
                .map(e -> e.hasAttr("data-product_id") ? e.attr("data-product_id") : e.attr("data-product-id"));
        return CardReader.offer(page, name, priceText.toString(), stock, "", sku, name());
    }
}
