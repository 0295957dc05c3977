package org.npswatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * What a page is, as far as offers go. Pages that are {@link #NON_OFFER} (FAQ, legal, shipping,
 * news, blog, about, contact) yield no offers even when they name substances and prices: a FAQ
 * that says "our 3-MMC costs €12 per gram" is not a listing.
 */
public enum PageKind {
    /** One product with its buy form or Product markup. */
    PRODUCT,
    /** A category, collection, search result or home page with product cards. */
    LISTING,
    /** FAQ, legal/terms, shipping, news, blog, about, contact pages. */
    NON_OFFER,
    /** A products JSON document (Shopify's /products.json and /products/x.json). */
    PRODUCTS_JSON,
    /** Nothing tells; extractors decide by what they find. */
    UNKNOWN;

    private static final Pattern NON_OFFER_PATH = Pattern.compile("(?i)/(faq|faqs|veelgestelde-vragen|haeufige-fragen"
            + "|hilfe|help|pytania|terms|terms-and-conditions|tos|legal|privacy|privacy-policy|cookies?|disclaimer|imprint"
            + "|impressum|datenschutz|agb|voorwaarden|algemene-voorwaarden|regulamin|polityka-prywatnosci|shipping"
            + "|delivery|verzending|verzenden|levering|versand|wysylka|dostawa|returns|retour|retourneren|widerruf"
            + "|blog|blogs|news|nieuws|aktuelles|articles?|posts?|aktualnosci|about|about-us|over-ons|ueber-uns"
            + "|o-nas|contact|kontakt|guides?|wiki|info|information)(/|\\.html?$|$|-)");
    private static final Pattern LISTING_PATH = Pattern.compile(
            "(?i)/(product-category|product-categorie|categorie|category|categories|kategorie|kategoria|collections?"
                    + "|shop|winkel|sklep|search|zoeken|suche|assortiment)(/|$)");
    private static final Pattern PRODUCT_PATH = Pattern.compile("(?i)/(product|products|produkt|produkty|p)/[^/]+");
    private static final Set<String> NON_OFFER_TYPES = Set.of("article", "blogposting", "newsarticle", "faqpage",
            "aboutpage", "contactpage", "qapage", "blog", "techarticle", "report", "howto");
    private static final Set<String> LISTING_TYPES = Set.of("itemlist", "collectionpage", "offercatalog", "searchresultspage");

    /** Classifies a parsed page from its URL path, schema.org types, body classes and forms. */
    static PageKind classify(PageContext page) {
        if (page.html().isEmpty()) {
            return PRODUCTS_JSON;
        }
        Document doc = page.html().orElseThrow();
        String path = page.page().url().getPath() == null ? "" : page.page().url().getPath();
        Set<String> types = schemaTypes(page);
        boolean productMarkup = types.contains("product") || types.contains("productgroup");
        boolean buyForm = !doc.select("form.cart, form.variations_form, form[action*=/cart/add], button[name=add-to-cart],"
                + " [data-add-to-cart], .single_add_to_cart_button, #add-to-cart").isEmpty();
        String bodyClass = doc.body() == null ? "" : doc.body().className().toLowerCase(Locale.ROOT);
        boolean nonOfferMarkup = types.stream().anyMatch(NON_OFFER_TYPES::contains) && !productMarkup
                || bodyClass.matches(".*\\b(single-post|blog|page-template-faq|post-template-default)\\b.*");
        if (NON_OFFER_PATH.matcher(path).find() || nonOfferMarkup) {
            // A real product page under an odd path keeps its offers: it has both Product markup
            // and a buy form. Articles that merely mention products have at most one of them.
            return productMarkup && buyForm ? PRODUCT : NON_OFFER;
        }
        if (bodyClass.contains("single-product") || buyForm && !types.contains("itemlist")
                || PRODUCT_PATH.matcher(path).find() && !LISTING_PATH.matcher(path).find()) {
            return PRODUCT;
        }
        if (types.stream().anyMatch(LISTING_TYPES::contains) || LISTING_PATH.matcher(path).find()
                || bodyClass.matches(".*\\b(archive|tax-product_cat|post-type-archive-product|woocommerce-shop)\\b.*")) {
            return LISTING;
        }
        return productMarkup ? PRODUCT : UNKNOWN;
    }

    /** Lower-case schema.org types named by JSON-LD (any depth) and microdata on the page. */
    private static Set<String> schemaTypes(PageContext page) {
        Set<String> types = new HashSet<>();
        for (JsonNode root : page.jsonLd()) {
            for (JsonNode t : root.findValues("@type")) {
                if (t.isArray()) {
                    t.forEach(x -> types.add(simpleType(x.asText())));
                } else {
                    types.add(simpleType(t.asText()));
                }
            }
        }
        page.html().ifPresent(doc -> doc.select("[itemscope][itemtype]")
                .forEach(e -> types.add(simpleType(e.attr("itemtype").strip().split("\\s+")[0]))));
        return types;
    }

    static String simpleType(String type) {
        String t = type.strip();
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return t.substring(slash + 1).toLowerCase(Locale.ROOT);
    }
}
