package org.npswatch.market;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.npswatch.market.CatalogueProduct.Category;
import org.npswatch.model.PriceTier;

/**
 * A WordPress + WooCommerce shop in the Storefront theme. Variable products carry their tiers in
 * the form's {@code data-product_variations} JSON; structured data is either Yoast SEO's
 * {@code @graph} with one Offer per variation, or WooCommerce's own Product with an AggregateOffer.
 */
final class WooCommerceSite extends ShopSite {
    static final ObjectMapper JSON = new ObjectMapper();

    private final boolean yoast;
    private final boolean dutch;

    WooCommerceSite(ShopState shop, URI base, MarketClock clock, int week) {
        super(shop, base, clock, week);
        this.yoast = spec.platform() == Platform.WOOCOMMERCE_YOAST;
        this.dutch = lang == ShopLanguage.NL;
    }

    private String cartPath() {
        return dutch ? "/winkelwagen/" : "/cart/";
    }

    private String accountPath() {
        return dutch ? "/mijn-account/" : "/my-account/";
    }

    private String checkoutPath() {
        return dutch ? "/afrekenen/" : "/checkout/";
    }

    private String attribute() {
        return spec.categories().contains(Category.PHARMACY) ? "aantal" : dutch ? "gewicht" : "weight";
    }

    static String productPath(Listing l) {
        return "/product/" + l.slug() + "/";
    }

    private String categoryPath(Category c) {
        return "/product-category/" + categorySlug(c) + "/";
    }

    private String infoPath(InfoPage p) {
        return p.type() == InfoPage.Type.ARTICLE ? "/2021/10/" + p.slug() + "/" : "/" + p.slug() + "/";
    }

    @Override
    void robots() {
        String text = """
                User-agent: *
                Disallow: /wp-admin/
                Allow: /wp-admin/admin-ajax.php
                Disallow: %s
                Disallow: %s
                Disallow: %s
                Disallow: /*?add-to-cart=*

                Sitemap: %s
                """.formatted(cartPath(), checkoutPath(), accountPath(), abs("/sitemap_index.xml"));
        out.robots(text, List.of("/wp-admin/", cartPath(), checkoutPath(), accountPath()));
    }

    @Override
    void home() {
        List<Listing> featured = featured();
        String main = "<div class=\"woocommerce columns-4\"><h2 class=\"section-title\">"
                + (dutch ? "Nieuw binnen" : "New in") + "</h2>\n" + grid(featured) + "</div>\n";
        out.html("/", PageTruth.Kind.HOME, page(spec.title(), "home page-template-template-homepage", List.of(), main, ""),
                cards(featured, false, false));
        out.html("/shop/", PageTruth.Kind.CATEGORY, archive(lang.shop, shop.listings(), "/shop/"), cards(shop.listings(), false, false));
    }

    @Override
    void category(Category c, List<Listing> listings) {
        out.html(categoryPath(c), PageTruth.Kind.CATEGORY, archive(categoryName(c), listings, categoryPath(c)),
                cards(listings, false, false));
    }

    private String archive(String title, List<Listing> listings, String path) {
        String main = """
                <header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">%s</h1></header>
                <div class="storefront-sorting"><p class="woocommerce-result-count">%s</p></div>
                %s""".formatted(esc(title), (dutch ? "Toont alle " : "Showing all ") + listings.size()
                + (dutch ? " resultaten" : " results"), grid(listings));
        List<String[]> crumbs = List.<String[]>of(new String[] {title, path});
        return page(title + " Archives", "archive tax-product_cat woocommerce-page", crumbs, main, "");
    }

    private String grid(List<Listing> listings) {
        StringBuilder b = new StringBuilder("<ul class=\"products columns-4\">\n");
        for (Listing l : listings) {
            String type = tiers(l).size() > 1 ? "variable" : "simple";
            b.append("<li class=\"product type-product post-").append(l.productId()).append(" status-publish ")
                    .append(l.inStock() ? "instock" : "outofstock").append(" product_cat-")
                    .append(categorySlug(l.product().category())).append(" has-post-thumbnail purchasable product-type-")
                    .append(type).append("\">\n<a href=\"").append(productPath(l))
                    .append("\" class=\"woocommerce-LoopProduct-link woocommerce-loop-product__link\">")
                    .append("<img width=\"324\" height=\"324\" src=\"/wp-content/uploads/2024/03/").append(l.slug())
                    .append("-324x324.jpg\" class=\"attachment-woocommerce_thumbnail size-woocommerce_thumbnail\" alt=\"")
                    .append(esc(l.name())).append("\" decoding=\"async\" loading=\"lazy\">")
                    .append("<h2 class=\"woocommerce-loop-product__title\">").append(esc(l.name())).append("</h2>\n")
                    .append("<span class=\"price\">").append(priceRange(l)).append("</span>\n</a>");
            String button = !l.inStock() ? (dutch ? "Lees meer" : "Read more")
                    : type.equals("variable") ? (dutch ? "Opties selecteren" : "Select options") : lang.addToCart;
            b.append("<a href=\"").append(type.equals("simple") && l.inStock() ? "?add-to-cart=" + l.productId() : productPath(l))
                    .append("\" data-quantity=\"1\" class=\"button wp-element-button product_type_").append(type)
                    .append(" add_to_cart_button\" data-product_id=\"").append(l.productId()).append("\" data-product_sku=\"")
                    .append(sku(l)).append("\" rel=\"nofollow\">").append(button).append("</a></li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    private String amount(PriceTier t) {
        return "<span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">"
                + symbol() + "</span>" + Prices.number(t.price().amount(), lang) + "</bdi></span>";
    }

    private String symbol() {
        return switch (spec.currency().getCurrencyCode()) {
            case "GBP" -> "&pound;";
            case "USD" -> "&#36;";
            default -> "&euro;";
        };
    }

    private String priceRange(Listing l) {
        List<PriceTier> t = tiers(l);
        if (t.size() == 1) {
            return amount(t.getFirst());
        }
        return amount(t.getFirst()) + " <span aria-hidden=\"true\">&ndash;</span> " + amount(t.getLast());
    }

    @Override
    void product(Listing l) {
        List<PriceTier> t = tiers(l);
        String stockClass = l.inStock() ? "in-stock" : "out-of-stock";
        StringBuilder main = new StringBuilder();
        main.append("<div id=\"product-").append(l.productId()).append("\" class=\"product type-product post-")
                .append(l.productId()).append(" status-publish first ").append(l.inStock() ? "instock" : "outofstock")
                .append(" product_cat-").append(categorySlug(l.product().category()))
                .append(" has-post-thumbnail purchasable product-type-").append(t.size() > 1 ? "variable" : "simple").append("\">\n")
                .append("<div class=\"woocommerce-product-gallery woocommerce-product-gallery--with-images images\">")
                .append("<figure class=\"woocommerce-product-gallery__wrapper\"><div class=\"woocommerce-product-gallery__image\">")
                .append("<img width=\"600\" height=\"600\" src=\"/wp-content/uploads/2024/03/").append(l.slug())
                .append(".jpg\" class=\"wp-post-image\" alt=\"").append(esc(l.name())).append("\"></div></figure></div>\n")
                .append("<div class=\"summary entry-summary\">\n<h1 class=\"product_title entry-title\">").append(esc(l.name()))
                .append("</h1>\n<p class=\"price\">").append(priceRange(l)).append("</p>\n")
                .append("<div class=\"woocommerce-product-details__short-description\"><p>").append(esc(l.product().blurb()))
                .append("</p></div>\n");
        if (t.size() > 1) {
            main.append(variationsForm(l, t));
        } else {
            main.append("<p class=\"stock ").append(stockClass).append("\">").append(stockText(l)).append("</p>\n");
            if (l.inStock()) {
                main.append("<form class=\"cart\" action=\"").append(productPath(l))
                        .append("\" method=\"post\" enctype=\"multipart/form-data\"><div class=\"quantity\">")
                        .append("<input type=\"number\" class=\"input-text qty text\" name=\"quantity\" value=\"1\" min=\"1\" step=\"1\">")
                        .append("</div><button type=\"submit\" name=\"add-to-cart\" value=\"").append(l.productId())
                        .append("\" class=\"single_add_to_cart_button button alt\">").append(lang.addToCart).append("</button></form>\n");
            }
        }
        main.append("<div class=\"product_meta\"><span class=\"sku_wrapper\">SKU: <span class=\"sku\">").append(sku(l))
                .append("</span></span> <span class=\"posted_in\">").append(dutch ? "Categorie: " : "Category: ")
                .append("<a href=\"").append(categoryPath(l.product().category())).append("\" rel=\"tag\">")
                .append(esc(categoryName(l.product().category()))).append("</a></span></div>\n</div>\n")
                .append(tabs(l, t)).append("</div>\n");
        List<String[]> crumbs = List.of(
                new String[] {categoryName(l.product().category()), categoryPath(l.product().category())},
                new String[] {l.name(), ""});
        out.html(productPath(l), PageTruth.Kind.PRODUCT,
                page(l.name(), "product-template-default single single-product postid-" + l.productId(), crumbs,
                        main.toString(), structuredData(l, t)),
                List.of(mainOffer(l)));
    }

    private String variationsForm(Listing l, List<PriceTier> t) {
        String attr = "attribute_pa_" + attribute();
        ArrayNode variations = JSON.createArrayNode();
        StringBuilder options = new StringBuilder("<option value=\"\">" + (dutch ? "Kies een optie" : "Choose an option") + "</option>");
        for (int i = 0; i < t.size(); i++) {
            PriceTier tier = t.get(i);
            String label = qty(tier);
            String value = Listing.slugOf(label).replace("-", spec.categories().contains(Category.PHARMACY) ? "-" : "");
            ObjectNode v = variations.addObject();
            v.putObject("attributes").put(attr, value);
            v.put("availability_html", "<p class=\"stock " + (l.inStock() ? "in-stock\">" : "out-of-stock\">") + stockText(l) + "</p>\n");
            v.put("backorders_allowed", false);
            v.putObject("dimensions").put("length", "").put("width", "").put("height", "");
            v.put("dimensions_html", "N/A");
            v.put("display_price", tier.price().amount());
            v.put("display_regular_price", tier.price().amount());
            v.put("image_id", 0);
            v.put("is_downloadable", false);
            v.put("is_in_stock", l.inStock());
            v.put("is_purchasable", true);
            v.put("is_sold_individually", "no");
            v.put("is_virtual", false);
            v.put("max_qty", l.inStock() ? 50 : 0);
            v.put("min_qty", 1);
            v.put("price_html", "<span class=\"price\">" + amount(tier) + "</span>");
            v.put("sku", sku(l) + "-" + value.toUpperCase(java.util.Locale.ROOT));
            v.put("variation_description", "");
            v.put("variation_id", l.productId() + i + 1);
            v.put("variation_is_active", true);
            v.put("variation_is_visible", true);
            v.put("weight", "");
            v.put("weight_html", "N/A");
            options.append("<option value=\"").append(value).append("\" class=\"attached enabled\">").append(esc(label)).append("</option>");
        }
        String json = wpJson(variations.toString());
        String label = attribute().equals("aantal") ? "Aantal" : dutch ? "Gewicht" : "Weight";
        return """
                <form class="variations_form cart" action="%s" method="post" enctype='multipart/form-data' data-product_id="%d" data-product_variations="%s">
                <table class="variations" cellspacing="0" role="presentation"><tbody><tr>
                <th class="label"><label for="pa_%s">%s</label></th>
                <td class="value"><select id="pa_%s" class="" name="%s" data-attribute_name="%s" data-show_option_none="yes">%s</select><a class="reset_variations" href="#">%s</a></td>
                </tr></tbody></table>
                <div class="single_variation_wrap"><div class="woocommerce-variation single_variation"></div>
                <div class="woocommerce-variation-add-to-cart variations_button">
                <div class="quantity"><input type="number" class="input-text qty text" name="quantity" value="1" min="1" step="1"></div>
                <button type="submit" class="single_add_to_cart_button button alt disabled wc-variation-selection-needed">%s</button>
                <input type="hidden" name="add-to-cart" value="%d"><input type="hidden" name="product_id" value="%d"><input type="hidden" name="variation_id" class="variation_id" value="0">
                </div></div>
                </form>
                """.formatted(productPath(l), l.productId(), esc(json), attribute(), label, attribute(), attr, attr, options,
                dutch ? "Wissen" : "Clear", lang.addToCart, l.productId(), l.productId());
    }

    private String tabs(Listing l, List<PriceTier> t) {
        StringBuilder rows = new StringBuilder();
        for (PriceTier tier : t) {
            rows.append(rows.isEmpty() ? "" : ", ").append(esc(qty(tier)));
        }
        return """
                <div class="woocommerce-tabs wc-tabs-wrapper">
                <ul class="tabs wc-tabs" role="tablist"><li class="description_tab"><a href="#tab-description">%s</a></li><li class="additional_information_tab"><a href="#tab-additional_information">%s</a></li></ul>
                <div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
                <h2>%s</h2><p>%s</p><p>%s</p></div>
                <div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel">
                <table class="woocommerce-product-attributes shop_attributes"><tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">%s</th><td class="woocommerce-product-attributes-item__value"><p>%s</p></td></tr></table></div>
                </div>
                """.formatted(dutch ? "Beschrijving" : "Description", dutch ? "Extra informatie" : "Additional information",
                dutch ? "Beschrijving" : "Description", esc(l.product().blurb()),
                dutch ? "Niet voor menselijke consumptie." : "Not for human consumption. For research purposes only.",
                attribute().equals("aantal") ? "Aantal" : dutch ? "Gewicht" : "Weight", rows);
    }

    /** WordPress escapes slashes in JSON it prints ({@code wp_json_encode}). */
    private static String wpJson(String json) {
        return json.replace("/", "\\/");
    }

    private String structuredData(Listing l, List<PriceTier> t) {
        String url = abs(productPath(l));
        ObjectNode product = JSON.createObjectNode();
        product.put("@type", "Product");
        product.put("@id", url + "#product");
        product.put("name", l.name());
        product.put("url", url);
        product.put("description", l.product().blurb());
        product.put("image", abs("/wp-content/uploads/2024/03/" + l.slug() + ".jpg"));
        product.put("sku", sku(l));
        String availability = "https://schema.org/" + (l.inStock() ? "InStock" : "OutOfStock");
        if (yoast) {
            product.putObject("brand").put("@type", "Brand").put("name", spec.title());
            ArrayNode offers = product.putArray("offers");
            for (PriceTier tier : t) {
                ObjectNode o = offers.addObject();
                o.put("@type", "Offer");
                o.put("@id", url + "#offer-" + Listing.slugOf(qty(tier)));
                o.put("name", l.name() + (t.size() > 1 ? " - " + qty(tier) : ""));
                o.put("url", url);
                o.put("price", Prices.plain(tier.price().amount()));
                o.put("priceCurrency", spec.currency().getCurrencyCode());
                o.put("availability", availability);
                o.putObject("priceSpecification").put("@type", "UnitPriceSpecification")
                        .put("price", Prices.plain(tier.price().amount())).put("priceCurrency", spec.currency().getCurrencyCode())
                        .put("valueAddedTaxIncluded", true);
                o.putObject("seller").put("@id", abs("/#organization"));
            }
            ObjectNode graph = JSON.createObjectNode();
            graph.put("@context", "https://schema.org");
            ArrayNode g = graph.putArray("@graph");
            g.addObject().put("@type", "WebPage").put("@id", url).put("url", url).put("name", l.name() + " - " + spec.title())
                    .put("datePublished", firstSeenDate(l) + "T09:12:44+00:00").put("inLanguage", lang.localeTag)
                    .putObject("isPartOf").put("@id", abs("/#website"));
            g.addObject().put("@type", "WebSite").put("@id", abs("/#website")).put("url", abs("/")).put("name", spec.title());
            g.addObject().put("@type", "Organization").put("@id", abs("/#organization")).put("name", spec.title()).put("url", abs("/"));
            g.add(product);
            return "<script type=\"application/ld+json\" class=\"yoast-schema-graph\">" + graph + "</script>\n";
        }
        product.put("@context", "https://schema.org/");
        ArrayNode offers = product.putArray("offers");
        ObjectNode o = offers.addObject();
        if (t.size() > 1) {
            o.put("@type", "AggregateOffer");
            o.put("lowPrice", Prices.plain(t.getFirst().price().amount()));
            o.put("highPrice", Prices.plain(t.getLast().price().amount()));
            o.put("offerCount", t.size());
        } else {
            o.put("@type", "Offer");
            o.put("price", Prices.plain(t.getFirst().price().amount()));
            o.put("priceValidUntil", "2027-12-31");
        }
        o.put("priceCurrency", spec.currency().getCurrencyCode());
        o.put("availability", availability.replace("https", "http"));
        o.put("url", url);
        o.putObject("seller").put("@type", "Organization").put("name", spec.title()).put("url", abs("/"));
        return "<script type=\"application/ld+json\">" + wpJson(product.toString()) + "</script>\n";
    }

    @Override
    void info(InfoPage p) {
        String article = "<article id=\"post-" + (200 + p.type().ordinal()) + "\" class=\""
                + (p.type() == InfoPage.Type.ARTICLE ? "post type-post status-publish format-standard" : "page type-page status-publish")
                + "\"><header class=\"entry-header\"><h1 class=\"entry-title\">" + esc(p.title()) + "</h1></header>\n"
                + "<div class=\"entry-content\">\n" + p.bodyHtml() + "</div></article>\n";
        out.html(infoPath(p), PageTruth.Kind.NON_OFFER,
                page(p.title(), p.type() == InfoPage.Type.ARTICLE ? "post-template-default single single-post" : "page-template-default page",
                        List.<String[]>of(new String[] {p.title(), ""}), article, ""),
                List.of());
    }

    @Override
    void privatePages() {
        String cart = "<div class=\"woocommerce\"><div class=\"wc-empty-cart-message\"><div class=\"cart-empty woocommerce-info\">"
                + (dutch ? "Je winkelwagen is momenteel leeg." : "Your cart is currently empty.") + "</div></div>"
                + "<p class=\"return-to-shop\"><a class=\"button wc-backward\" href=\"/shop/\">"
                + (dutch ? "Terug naar winkel" : "Return to shop") + "</a></p></div>";
        out.html(cartPath(), PageTruth.Kind.PRIVATE, page(dutch ? "Winkelwagen" : "Cart", "woocommerce-cart", List.of(), cart, ""), List.of());
        String login = "<div class=\"woocommerce\"><h2>" + (dutch ? "Inloggen" : "Login") + "</h2><form class=\"woocommerce-form woocommerce-form-login login\" method=\"post\">"
                + "<input type=\"text\" name=\"username\" autocomplete=\"username\"><input type=\"password\" name=\"password\">"
                + "<button type=\"submit\" name=\"login\" value=\"Log in\">Log in</button></form></div>";
        out.html(accountPath(), PageTruth.Kind.PRIVATE, page(dutch ? "Mijn account" : "My account", "woocommerce-account", List.of(), login, ""), List.of());
        out.html(checkoutPath(), PageTruth.Kind.PRIVATE, page(dutch ? "Afrekenen" : "Checkout", "woocommerce-checkout", List.of(), cart, ""), List.of());
    }

    @Override
    void sitemaps() {
        out.redirect("/sitemap.xml", abs("/sitemap_index.xml"));
        String lastmod = weekDate() + "T06:00:00+00:00";
        out.xml("/sitemap_index.xml", XmlSitemaps.index(List.of(
                new String[] {abs("/page-sitemap.xml"), lastmod}, new String[] {abs("/post-sitemap.xml"), "2021-10-29T10:00:00+00:00"},
                new String[] {abs("/product-sitemap.xml"), lastmod}, new String[] {abs("/product_cat-sitemap.xml"), lastmod})));
        List<String[]> pages = new ArrayList<>();
        pages.add(new String[] {abs("/"), lastmod});
        pages.add(new String[] {abs("/shop/"), lastmod});
        List<String[]> posts = new ArrayList<>();
        for (InfoPage p : InfoPage.of(lang, spec.title())) {
            (p.type() == InfoPage.Type.ARTICLE ? posts : pages).add(new String[] {abs(infoPath(p)), "2021-10-29T10:00:00+00:00"});
        }
        out.xml("/page-sitemap.xml", XmlSitemaps.urlset(pages));
        out.xml("/post-sitemap.xml", XmlSitemaps.urlset(posts));
        List<String[]> products = new ArrayList<>();
        for (Listing l : shop.listings()) {
            products.add(new String[] {abs(productPath(l)), firstSeenDate(l) + "T09:12:44+00:00"});
        }
        out.xml("/product-sitemap.xml", XmlSitemaps.urlset(products));
        List<String[]> cats = new ArrayList<>();
        for (Category c : categories()) {
            cats.add(new String[] {abs(categoryPath(c)), lastmod});
        }
        out.xml("/product_cat-sitemap.xml", XmlSitemaps.urlset(cats));
    }

    @Override
    String notFoundPage() {
        String main = "<div class=\"error-404 not-found\"><header class=\"page-header\"><h1 class=\"page-title\">"
                + (dutch ? "Oeps! Die pagina kan niet gevonden worden." : "Oops! That page can&rsquo;t be found.")
                + "</h1></header></div>";
        return page(dutch ? "Pagina niet gevonden" : "Page not found", "error404", List.of(), main, "");
    }

    private String page(String title, String bodyClass, List<String[]> crumbs, String main, String head) {
        StringBuilder menu = new StringBuilder();
        menu.append("<li class=\"menu-item\"><a href=\"/shop/\">").append(lang.shop).append("</a></li>");
        for (Category c : categories()) {
            menu.append("<li class=\"menu-item menu-item-type-taxonomy menu-item-object-product_cat\"><a href=\"")
                    .append(categoryPath(c)).append("\">").append(esc(categoryName(c))).append("</a></li>");
        }
        List<InfoPage> info = InfoPage.of(lang, spec.title());
        StringBuilder footerLinks = new StringBuilder();
        for (InfoPage p : info) {
            footerLinks.append("<li><a href=\"").append(infoPath(p)).append("\">").append(esc(p.title())).append("</a></li>");
        }
        StringBuilder crumbHtml = new StringBuilder("<a href=\"/\">").append(lang.home).append("</a>");
        for (String[] c : crumbs) {
            crumbHtml.append("&nbsp;&#47;&nbsp;").append(c[1].isEmpty() ? esc(c[0]) : "<a href=\"" + c[1] + "\">" + esc(c[0]) + "</a>");
        }
        String breadcrumb = crumbs.isEmpty() ? "" : "<div class=\"storefront-breadcrumb\"><div class=\"col-full\"><nav class=\"woocommerce-breadcrumb\" aria-label=\"Breadcrumb\">"
                + crumbHtml + "</nav></div></div>\n";
        return WooCommerceChrome.page(this, title, bodyClass, menu.toString(), breadcrumb, main, head, footerLinks.toString(), cartPath(), accountPath());
    }

    String title() {
        return spec.title();
    }

    ShopLanguage language() {
        return lang;
    }
}
