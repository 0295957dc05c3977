package org.npswatch.market;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.npswatch.market.CatalogueProduct.Category;
import org.npswatch.model.PriceTier;

/**
 * A Shopify shop in the Dawn theme: {@code /collections/...}, {@code /products/<handle>}, the
 * public {@code /products.json} and Shopify's robots.txt and sitemap index. Product pages carry
 * JSON-LD: a ProductGroup with hasVariant (newer themes) or a Product with one Offer per variant.
 */
final class ShopifySite extends ShopSite {
    private static final long ID_BASE = 8_812_345_000_000L;

    private final boolean productGroup;

    ShopifySite(ShopState shop, URI base, MarketClock clock, int week) {
        super(shop, base, clock, week);
        this.productGroup = lang != ShopLanguage.NL;
    }

    static String productPath(Listing l) {
        return "/products/" + l.slug();
    }

    private String collectionPath(Category c) {
        return "/collections/" + categorySlug(c);
    }

    private String infoPath(InfoPage p) {
        return switch (p.type()) {
            case ARTICLE -> "/blogs/news/" + p.slug();
            case TERMS -> "/policies/terms-of-service";
            default -> "/pages/" + p.slug();
        };
    }

    private String shopifyMoney(PriceTier t) {
        return Prices.withSign(t.price().amount(), spec.currency(), lang) + " " + spec.currency().getCurrencyCode();
    }

    private String optionName() {
        return switch (lang) {
            case NL -> "Inhoud";
            default -> "Size";
        };
    }

    @Override
    void robots() {
        String text = """
                # we use Shopify as our ecommerce platform

                # Google adsbot ignores robots.txt unless specifically named!
                User-agent: adsbot-google
                Disallow: /checkouts/
                Disallow: /checkout
                Disallow: /carts
                Disallow: /orders

                User-agent: *
                Disallow: /a/downloads/-/*
                Disallow: /admin
                Disallow: /cart
                Disallow: /orders
                Disallow: /checkouts/
                Disallow: /checkout
                Disallow: /account
                Disallow: /collections/*sort_by*
                Disallow: /*/collections/*sort_by*
                Disallow: /collections/*+*
                Disallow: /search
                Disallow: /policies/
                Disallow: /apple-app-site-association
                Sitemap: %s
                """.formatted(abs("/sitemap.xml"));
        out.robots(text, List.of("/admin", "/cart", "/orders", "/checkouts/", "/checkout", "/account", "/search", "/policies/"));
    }

    @Override
    void home() {
        List<Listing> featured = featured();
        String main = "<div class=\"collection section-template--2024__featured_collection-padding\"><div class=\"collection__title title-wrapper page-width\">"
                + "<h2 class=\"title inline-richtext h2\">" + (lang == ShopLanguage.NL ? "Uitgelicht" : "Featured products") + "</h2></div>\n"
                + grid(featured) + "</div>\n";
        out.html("/", PageTruth.Kind.HOME, page(spec.title(), "index", main, ""), cards(featured, false, false));
        out.html("/collections/all", PageTruth.Kind.CATEGORY, collection(lang == ShopLanguage.NL ? "Alle producten" : "Products", shop.listings()),
                cards(shop.listings(), false, false));
        StringBuilder json = new StringBuilder();
        ArrayNode products = WooCommerceSite.JSON.createArrayNode();
        for (Listing l : shop.listings()) {
            products.add(productJson(l));
        }
        ObjectNode root = WooCommerceSite.JSON.createObjectNode();
        root.set("products", products);
        json.append(root);
        List<ShownOffer> all = shop.listings().stream().map(this::mainOffer).toList();
        out.json("/products.json", PageTruth.Kind.PRODUCTS_JSON, json.toString(), all);
        // Every product fits on page 1; later pages answer an empty list, as Shopify does.
        for (int page = 2; page <= 3; page++) {
            out.json("/products.json?page=" + page, PageTruth.Kind.PRODUCTS_JSON, "{\"products\":[]}", List.of());
        }
    }

    private ObjectNode productJson(Listing l) {
        long id = ID_BASE + l.productId();
        String stamp = firstSeenDate(l) + "T10:15:30+01:00";
        ObjectNode p = WooCommerceSite.JSON.createObjectNode();
        p.put("id", id);
        p.put("title", l.name());
        p.put("handle", l.slug());
        p.put("body_html", "<p>" + esc(l.product().blurb()) + "</p>\n<p><strong>Not for human consumption.</strong></p>");
        p.put("published_at", stamp);
        p.put("created_at", stamp);
        p.put("updated_at", stamp);
        p.put("vendor", spec.title());
        p.put("product_type", categoryName(l.product().category()));
        p.putArray("tags").add(categorySlug(l.product().category())).add("research");
        ArrayNode variants = p.putArray("variants");
        ArrayNode values = WooCommerceSite.JSON.createArrayNode();
        List<PriceTier> t = tiers(l);
        for (int i = 0; i < t.size(); i++) {
            String label = qty(t.get(i));
            values.add(label);
            ObjectNode v = variants.addObject();
            v.put("id", (id + 1) * 10 + i);
            v.put("title", label);
            v.put("option1", label);
            v.putNull("option2");
            v.putNull("option3");
            v.put("sku", sku(l) + "-" + (i + 1));
            v.put("requires_shipping", true);
            v.put("taxable", true);
            v.putNull("featured_image");
            v.put("available", l.inStock());
            v.put("price", Prices.plain(t.get(i).price().amount()));
            v.put("grams", 0);
            v.putNull("compare_at_price");
            v.put("position", i + 1);
            v.put("product_id", id);
            v.put("created_at", stamp);
            v.put("updated_at", stamp);
        }
        p.putArray("images").addObject().put("id", id + 77).put("src", "https://cdn.shopify.com/s/files/1/0612/3456/7890/files/" + l.slug() + ".jpg")
                .put("position", 1).put("product_id", id).put("width", 1024).put("height", 1024);
        p.putArray("options").addObject().put("name", optionName()).put("position", 1).set("values", values);
        return p;
    }

    @Override
    void category(Category c, List<Listing> listings) {
        out.html(collectionPath(c), PageTruth.Kind.CATEGORY, collection(categoryName(c), listings), cards(listings, false, false));
    }

    private String collection(String title, List<Listing> listings) {
        String main = "<div class=\"collection-hero\"><div class=\"collection-hero__inner page-width\"><div class=\"collection-hero__text-wrapper\">"
                + "<h1 class=\"collection-hero__title\"><span class=\"visually-hidden\">Collection: </span>" + esc(title) + "</h1></div></div></div>\n"
                + "<div class=\"product-grid-container\" id=\"ProductGridContainer\">" + grid(listings) + "</div>\n";
        return page(title, "collection", main, "");
    }

    private String grid(List<Listing> listings) {
        StringBuilder b = new StringBuilder("<ul id=\"product-grid\" data-id=\"template--2024__product-grid\" class=\"grid product-grid grid--2-col-tablet-down grid--4-col-desktop\">\n");
        for (Listing l : listings) {
            List<PriceTier> t = tiers(l);
            String price = (t.size() > 1 ? (lang == ShopLanguage.NL ? "Vanaf " : "From ") : "") + shopifyMoney(t.getFirst());
            b.append("<li class=\"grid__item\"><div class=\"card-wrapper product-card-wrapper underline-links-hover\"><div class=\"card card--standard card--media\">")
                    .append("<div class=\"card__inner ratio\"><div class=\"card__media\"><div class=\"media media--transparent media--hover-effect\">")
                    .append("<img src=\"//cdn.shopify.com/s/files/1/0612/3456/7890/files/").append(l.slug()).append(".jpg?v=1712&amp;width=533\" alt=\"")
                    .append(esc(l.name())).append("\" class=\"motion-reduce\" loading=\"lazy\" width=\"1024\" height=\"1024\"></div></div></div>")
                    .append("<div class=\"card__content\"><div class=\"card__information\"><h3 class=\"card__heading h5\" id=\"title-").append(l.productId())
                    .append("\"><a href=\"").append(productPath(l)).append("\" id=\"CardLink-").append(l.productId())
                    .append("\" class=\"full-unstyled-link\">").append(esc(l.name())).append("</a></h3>")
                    .append("<div class=\"card-information\"><span class=\"caption-large light\"></span><div class=\"price")
                    .append(l.inStock() ? "" : " price--sold-out").append("\"><div class=\"price__container\"><div class=\"price__regular\">")
                    .append("<span class=\"visually-hidden visually-hidden--inline\">Regular price</span><span class=\"price-item price-item--regular\">")
                    .append(price).append("</span></div></div></div></div></div>");
            if (!l.inStock()) {
                b.append("<div class=\"card__badge bottom left\"><span id=\"NoMediaStandardBadge-").append(l.productId())
                        .append("\" class=\"badge badge--bottom-left color-scheme-3\">").append(lang.outOfStock).append("</span></div>");
            }
            b.append("</div></div></div></li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    @Override
    void product(Listing l) {
        List<PriceTier> t = tiers(l);
        long id = ID_BASE + l.productId();
        StringBuilder pills = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            String label = esc(qty(t.get(i)));
            pills.append("<input type=\"radio\" id=\"template--2024__main-1-").append(i).append("\" name=\"").append(optionName())
                    .append("-1\" value=\"").append(label).append("\" form=\"product-form-template--2024__main\"")
                    .append(i == 0 ? " checked" : "").append(l.inStock() ? "" : " class=\"disabled\"").append(">")
                    .append("<label for=\"template--2024__main-1-").append(i).append("\">").append(label)
                    .append("<span class=\"visually-hidden label-unavailable\">").append(l.inStock() ? "" : lang.outOfStock).append("</span></label>\n");
        }
        String button = l.inStock()
                ? "<button id=\"ProductSubmitButton-template--2024__main\" type=\"submit\" name=\"add\" class=\"product-form__submit button button--full-width button--secondary\"><span>" + lang.addToCart + "</span></button>"
                : "<button type=\"submit\" name=\"add\" class=\"product-form__submit button button--full-width button--secondary\" disabled><span>" + lang.outOfStock + "</span></button>";
        String main = """
                <section id="shopify-section-template--2024__main" class="shopify-section section"><product-info id="MainProduct-template--2024__main" class="section-template--2024__main-padding gradient color-scheme-1" data-section="template--2024__main" data-product-id="%d" data-update-url="true">
                <div class="page-width"><div class="product product--large product--left grid grid--1-col grid--2-col-tablet">
                <div class="grid__item product__media-wrapper"><img src="//cdn.shopify.com/s/files/1/0612/3456/7890/files/%s.jpg?v=1712&amp;width=1946" alt="%s" width="1024" height="1024"></div>
                <div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2024__main" class="product__info-container">
                <p class="product__text inline-richtext caption-with-letter-spacing">%s</p>
                <div class="product__title"><h1>%s</h1></div>
                <div class="no-js-hidden" id="price-template--2024__main" role="status"><div class="price price--large%s price--show-badge"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">%s</span></div></div>%s</div></div>
                <variant-selects id="variant-selects-template--2024__main" data-section="template--2024__main"><fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">%s</legend>
                %s</fieldset><script type="application/json" data-selected-variant>%s</script></variant-selects>
                <div class="product-form__buttons"><product-form class="product-form" data-section-id="template--2024__main"><form method="post" action="/cart/add" id="product-form-template--2024__main" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="&#10003;"><input type="hidden" name="id" value="%d" class="product-variant-id">%s</form></product-form></div>
                <div class="product__description rte quick-add-hidden"><p>%s</p><p><strong>Not for human consumption.</strong></p></div>
                </section></div></div></div></product-info></section>
                """.formatted(id, l.slug(), esc(l.name()), esc(spec.title()), esc(l.name()), l.inStock() ? "" : " price--sold-out",
                shopifyMoney(t.getFirst()),
                l.inStock() ? "" : "<span class=\"badge price__badge-sold-out color-scheme-3\">" + lang.outOfStock + "</span>",
                optionName(), pills, selectedVariant(l, t.getFirst(), id), (id + 1) * 10, button, esc(l.product().blurb()));
        // The page shows all pack sizes (pills) but only the selected variant's price; the JSON-LD has them all.
        out.html(productPath(l), PageTruth.Kind.PRODUCT, page(l.name(), "product", main, jsonLd(l, t, id)), List.of(mainOffer(l)));
    }

    private String selectedVariant(Listing l, PriceTier first, long id) {
        ObjectNode v = WooCommerceSite.JSON.createObjectNode();
        v.put("id", (id + 1) * 10).put("title", qty(first)).put("option1", qty(first)).put("available", l.inStock())
                .put("name", l.name() + " - " + qty(first)).put("price", first.price().amount().movePointRight(2).intValue());
        return v.toString();
    }

    private String jsonLd(Listing l, List<PriceTier> t, long id) {
        String url = abs(productPath(l));
        String availability = "http://schema.org/" + (l.inStock() ? "InStock" : "OutOfStock");
        ObjectNode root = WooCommerceSite.JSON.createObjectNode();
        root.put("@context", "http://schema.org/");
        if (productGroup) {
            root.put("@type", "ProductGroup");
            root.put("productGroupID", String.valueOf(id));
            root.put("name", l.name());
            root.put("description", l.product().blurb());
            root.put("url", url);
            root.putObject("brand").put("@type", "Brand").put("name", spec.title());
            root.putArray("variesBy").add("https://schema.org/size");
            ArrayNode variants = root.putArray("hasVariant");
            for (int i = 0; i < t.size(); i++) {
                ObjectNode v = variants.addObject();
                v.put("@type", "Product").put("name", l.name() + " - " + qty(t.get(i))).put("sku", sku(l) + "-" + (i + 1))
                        .put("size", qty(t.get(i)));
                v.putObject("offers").put("@type", "Offer").put("price", Prices.plain(t.get(i).price().amount()))
                        .put("priceCurrency", spec.currency().getCurrencyCode()).put("availability", availability)
                        .put("url", url + "?variant=" + ((id + 1) * 10 + i));
            }
        } else {
            root.put("@type", "Product");
            root.put("name", l.name());
            root.put("url", url);
            root.put("description", l.product().blurb());
            root.put("sku", sku(l));
            root.putObject("brand").put("@type", "Brand").put("name", spec.title());
            ArrayNode offers = root.putArray("offers");
            for (int i = 0; i < t.size(); i++) {
                offers.addObject().put("@type", "Offer").put("name", qty(t.get(i))).put("sku", sku(l) + "-" + (i + 1))
                        .put("availability", availability).put("price", t.get(i).price().amount())
                        .put("priceCurrency", spec.currency().getCurrencyCode()).put("url", url + "?variant=" + ((id + 1) * 10 + i));
            }
        }
        return "<script type=\"application/ld+json\">\n" + root.toPrettyString() + "\n</script>\n";
    }

    @Override
    void info(InfoPage p) {
        String main = "<div class=\"page-width page-width--narrow section-template--2024__main-padding\"><h1 class=\"main-page-title page-title h0\">"
                + esc(p.title()) + "</h1><div class=\"rte\">\n" + p.bodyHtml() + "</div></div>\n";
        out.html(infoPath(p), PageTruth.Kind.NON_OFFER, page(p.title(), p.type() == InfoPage.Type.ARTICLE ? "article" : "page", main, ""), List.of());
    }

    @Override
    void privatePages() {
        String cart = "<div class=\"page-width\"><div class=\"cart__warnings\"><h1 class=\"cart__empty-text\">"
                + (lang == ShopLanguage.NL ? "Je winkelwagen is leeg" : "Your cart is empty") + "</h1><a href=\"/collections/all\" class=\"button\">Continue shopping</a></div></div>";
        out.html("/cart", PageTruth.Kind.PRIVATE, page("Cart", "cart", cart, ""), List.of());
        String login = "<div class=\"customer login\"><h1>Login</h1><form method=\"post\" action=\"/account/login\"><input type=\"email\" name=\"customer[email]\"><input type=\"password\" name=\"customer[password]\"><button>Sign in</button></form></div>";
        out.html("/account/login", PageTruth.Kind.PRIVATE, page("Account", "customers/login", login, ""), List.of());
    }

    @Override
    void sitemaps() {
        String lastmod = weekDate() + "T06:00:00+01:00";
        out.xml("/sitemap.xml", XmlSitemaps.index(List.of(
                new String[] {abs("/sitemap_products_1.xml?from=" + (ID_BASE + 1000) + "&to=" + (ID_BASE + 9999)), lastmod},
                new String[] {abs("/sitemap_pages_1.xml"), lastmod},
                new String[] {abs("/sitemap_collections_1.xml"), lastmod},
                new String[] {abs("/sitemap_blogs_1.xml"), lastmod})));
        List<String[]> products = new ArrayList<>();
        for (Listing l : shop.listings()) {
            products.add(new String[] {abs(productPath(l)), firstSeenDate(l) + "T10:15:30+01:00"});
        }
        out.xml("/sitemap_products_1.xml", XmlSitemaps.urlset(products));
        List<String[]> pages = new ArrayList<>();
        List<String[]> blogs = new ArrayList<>();
        for (InfoPage p : InfoPage.of(lang, spec.title())) {
            if (p.type() == InfoPage.Type.ARTICLE) {
                blogs.add(new String[] {abs(infoPath(p)), "2021-10-29T10:00:00+01:00"});
            } else if (p.type() != InfoPage.Type.TERMS) {
                pages.add(new String[] {abs(infoPath(p)), "2021-10-29T10:00:00+01:00"});
            }
        }
        out.xml("/sitemap_pages_1.xml", XmlSitemaps.urlset(pages));
        out.xml("/sitemap_blogs_1.xml", XmlSitemaps.urlset(blogs));
        List<String[]> collections = new ArrayList<>();
        collections.add(new String[] {abs("/collections/all"), lastmod});
        for (Category c : categories()) {
            collections.add(new String[] {abs(collectionPath(c)), lastmod});
        }
        out.xml("/sitemap_collections_1.xml", XmlSitemaps.urlset(collections));
    }

    @Override
    String notFoundPage() {
        return page("404 Not Found", "404", "<div class=\"template-404 page-width page-margin center\"><p class=\"caption-with-letter-spacing\">404</p><h1 class=\"h2\">Page not found</h1><a href=\"/collections/all\" class=\"button button--primary\">Continue shopping</a></div>", "");
    }

    private String page(String title, String template, String main, String head) {
        return ShopifyChrome.page(this, title, template, main, head);
    }

    List<String[]> menu() {
        List<String[]> items = new ArrayList<>();
        items.add(new String[] {lang.home, "/"});
        for (Category c : categories()) {
            items.add(new String[] {categoryName(c), collectionPath(c)});
        }
        for (InfoPage p : InfoPage.of(lang, spec.title())) {
            items.add(new String[] {p.title(), infoPath(p)});
        }
        return items;
    }

    ShopSpec shopSpec() {
        return spec;
    }
}
