package org.npswatch.market;

import java.net.URI;
import java.util.List;
import org.npswatch.market.CatalogueProduct.Category;
import org.npswatch.model.PriceTier;

/**
 * A hand-written UK shop without structured data: every item has a table of tiers ("1 gram" |
 * "£10.99"), with thousands separators ("£1,161.00"). Read with the selector profile from
 * {@link SimulatedMarket#profile(ShopSpec)}.
 */
final class TierTableSite extends CustomHtmlSite {
    TierTableSite(ShopState shop, URI base, MarketClock clock, int week) {
        super(shop, base, clock, week);
    }

    @Override
    String productPath(Listing l) {
        return "/item/" + l.productId() + "/" + l.slug();
    }

    @Override
    String categoryPath(Category c) {
        return "/range/" + categorySlug(c);
    }

    @Override
    String infoPath(InfoPage p) {
        return (p.type() == InfoPage.Type.ARTICLE ? "/news/" : "/help/") + p.slug();
    }

    private String item(Listing l, boolean detail) {
        StringBuilder rows = new StringBuilder();
        for (PriceTier t : tiers(l)) {
            rows.append("<tr><td class=\"tier-qty\">").append(esc(qty(t))).append("</td><td class=\"tier-price\">")
                    .append(money(t.price().amount())).append("</td>")
                    .append(detail && l.inStock() ? "<td><button name=\"buy\" value=\"" + l.productId() + "\">" + lang.addToCart + "</button></td>" : "")
                    .append("</tr>\n");
        }
        String name = detail ? esc(l.name()) : "<a href=\"" + productPath(l) + "\">" + esc(l.name()) + "</a>";
        return "<div class=\"item\" data-item=\"" + l.productId() + "\">\n<h2 class=\"item-name\">" + name + "</h2>\n"
                + "<p class=\"item-desc\">" + esc(l.product().blurb()) + "</p>\n"
                + "<table class=\"tiers\">\n<tr><th>Quantity</th><th>Price</th>" + (detail && l.inStock() ? "<th></th>" : "") + "</tr>\n" + rows + "</table>\n"
                + "<span class=\"stock-status " + (l.inStock() ? "instock" : "soldout") + "\">" + stockText(l) + "</span>\n</div>\n";
    }

    private List<ShownOffer> fullCards(List<Listing> listings) {
        return listings.stream().map(l -> card(l, tiers(l), l.stock())).toList();
    }

    @Override
    void robots() {
        out.robots("""
                User-agent: *
                Crawl-delay: 0
                Disallow: /basket
                Disallow: /account/
                Disallow: /search

                User-agent: GPTBot
                Disallow: /

                Sitemap: %s
                """.formatted(abs("/sitemap.xml")), List.of("/basket", "/account/", "/search"));
    }

    @Override
    void home() {
        StringBuilder main = new StringBuilder("<h1>").append(esc(spec.title())).append(" &ndash; UK research chemical supplier</h1>\n")
                .append("<p>Next-day Royal Mail Tracked delivery. Prices include VAT.</p>\n<h2>Best sellers</h2>\n");
        featured().forEach(l -> main.append(item(l, false)));
        out.html("/", PageTruth.Kind.HOME, page(spec.title(), List.of(), main.toString()), fullCards(featured()));
    }

    @Override
    void category(Category c, List<Listing> listings) {
        StringBuilder main = new StringBuilder("<h1>").append(esc(categoryName(c))).append("</h1>\n");
        listings.forEach(l -> main.append(item(l, false)));
        out.html(categoryPath(c), PageTruth.Kind.CATEGORY, page(categoryName(c), List.<String[]>of(new String[] {categoryName(c), ""}), main.toString()),
                fullCards(listings));
    }

    @Override
    void product(Listing l) {
        Category c = l.product().category();
        String main = "<form action=\"/basket\" method=\"post\">\n" + item(l, true) + "</form>\n"
                + "<div class=\"notice\"><p>Sold strictly as a research chemical. Not for human consumption.</p></div>\n";
        out.html(productPath(l), PageTruth.Kind.PRODUCT,
                page(l.name(), List.of(new String[] {categoryName(c), categoryPath(c)}, new String[] {l.name(), ""}), main),
                List.of(mainOffer(l)));
    }

    @Override
    void info(InfoPage p) {
        out.html(infoPath(p), PageTruth.Kind.NON_OFFER,
                page(p.title(), List.<String[]>of(new String[] {p.title(), ""}), "<div class=\"page\"><h1>" + esc(p.title()) + "</h1>\n" + p.bodyHtml() + "</div>\n"),
                List.of());
    }

    @Override
    void privatePages() {
        out.html("/basket", PageTruth.Kind.PRIVATE, page("Basket", List.of(), "<h1>Your basket</h1><p>Your basket is empty.</p>"), List.of());
        out.html("/account/login", PageTruth.Kind.PRIVATE, page("Log in", List.of(),
                "<form method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pw\"><input type=\"submit\" value=\"Log in\"></form>"), List.of());
    }

    @Override
    String notFoundPage() {
        return page("Not found", List.of(), "<h1>Sorry, that item is no longer available</h1>");
    }
}
