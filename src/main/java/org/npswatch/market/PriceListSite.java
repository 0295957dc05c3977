package org.npswatch.market;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.npswatch.market.CatalogueProduct.Category;
import org.npswatch.model.PriceTier;

/**
 * A hand-written Dutch shop without structured data: each product card holds its whole price list
 * as text, "1g €12,50 | 5g €50,00 | 10g €90", with Dutch separators ("€1.250,00"). Read with the
 * selector profile from {@link SimulatedMarket#profile(ShopSpec)}.
 */
final class PriceListSite extends CustomHtmlSite {
    PriceListSite(ShopState shop, URI base, MarketClock clock, int week) {
        super(shop, base, clock, week);
    }

    @Override
    String productPath(Listing l) {
        return "/product/" + l.slug() + ".html";
    }

    @Override
    String categoryPath(Category c) {
        return "/winkel/" + categorySlug(c) + ".html";
    }

    @Override
    String infoPath(InfoPage p) {
        return (p.type() == InfoPage.Type.ARTICLE ? "/nieuws/" : "/info/") + p.slug() + ".html";
    }

    /** The price list as this shop writes it: whole euros below 1000 lose their cents after the first tier. */
    String priceList(Listing l) {
        List<PriceTier> t = tiers(l);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            BigDecimal amount = t.get(i).price().amount();
            boolean whole = amount.stripTrailingZeros().scale() <= 0;
            String number = i > 0 && whole && amount.compareTo(new BigDecimal("1000")) < 0
                    ? amount.setScale(0).toPlainString()
                    : Prices.number(amount, ShopLanguage.NL);
            b.append(i == 0 ? "" : " | ").append(qty(t.get(i))).append(" \u20ac").append(number);
        }
        return b.toString();
    }

    private String card(Listing l, boolean detail) {
        String title = detail ? "<h1 class=\"product-title\">" + esc(l.name()) + "</h1>"
                : "<h3 class=\"product-title\"><a href=\"" + productPath(l) + "\">" + esc(l.name()) + "</a></h3>";
        return "<div class=\"product-card" + (detail ? " product-detail" : "") + "\" id=\"p" + l.productId() + "\">\n"
                + (detail ? "" : "<a href=\"" + productPath(l) + "\"><img src=\"/img/products/" + l.slug() + ".jpg\" alt=\"\" width=\"180\"></a>\n")
                + title + "\n"
                + "<p class=\"prijslijst\">" + esc(priceList(l)) + "</p>\n"
                + "<p class=\"voorraad " + (l.inStock() ? "ja" : "nee") + "\">" + stockText(l) + "</p>\n"
                + (detail ? "<div class=\"omschrijving\"><p>" + esc(l.product().blurb()) + "</p><p>Verzending binnen 24 uur, discreet verpakt.</p></div>\n"
                        + (l.inStock() ? "<form action=\"/winkelmand\" method=\"post\"><input type=\"hidden\" name=\"pid\" value=\"" + l.productId()
                                + "\"><select name=\"tier\">" + options(l) + "</select> <input type=\"submit\" value=\"" + lang.addToCart + "\"></form>\n" : "")
                        : "")
                + "</div>\n";
    }

    private String options(Listing l) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (PriceTier t : tiers(l)) {
            b.append("<option value=\"").append(i++).append("\">").append(esc(qty(t))).append("</option>");
        }
        return b.toString();
    }

    private List<ShownOffer> fullCards(List<Listing> listings) {
        return listings.stream().map(l -> card(l, tiers(l), l.stock())).toList();
    }

    @Override
    void robots() {
        out.robots("""
                User-agent: *
                Disallow: /winkelmand
                Disallow: /account/
                Disallow: /zoeken

                Sitemap: %s
                """.formatted(abs("/sitemap.xml")), List.of("/winkelmand", "/account/", "/zoeken"));
    }

    @Override
    void home() {
        StringBuilder main = new StringBuilder("<h1>Welkom bij ").append(esc(spec.title())).append("</h1>\n")
                .append("<p class=\"intro\">Pellets, blotters en poeders voor onderzoek. Op werkdagen voor 16:00 besteld, morgen in huis.</p>\n")
                .append("<h2>Aanbiedingen</h2>\n<div class=\"grid\">\n");
        for (Listing l : featured()) {
            main.append(card(l, false));
        }
        main.append("</div>\n");
        out.html("/", PageTruth.Kind.HOME, page(spec.title(), List.of(), main.toString()), fullCards(featured()));
    }

    @Override
    void category(Category c, List<Listing> listings) {
        StringBuilder main = new StringBuilder("<h1>").append(esc(categoryName(c))).append("</h1>\n<div class=\"grid\">\n");
        for (Listing l : listings) {
            main.append(card(l, false));
        }
        main.append("</div>\n");
        out.html(categoryPath(c), PageTruth.Kind.CATEGORY, page(categoryName(c), List.<String[]>of(new String[] {categoryName(c), ""}), main.toString()),
                fullCards(listings));
    }

    @Override
    void product(Listing l) {
        Category c = l.product().category();
        out.html(productPath(l), PageTruth.Kind.PRODUCT,
                page(l.name(), List.of(new String[] {categoryName(c), categoryPath(c)}, new String[] {l.name(), ""}), card(l, true)),
                List.of(mainOffer(l)));
    }

    @Override
    void info(InfoPage p) {
        out.html(infoPath(p), PageTruth.Kind.NON_OFFER,
                page(p.title(), List.<String[]>of(new String[] {p.title(), ""}), "<div class=\"tekst\"><h1>" + esc(p.title()) + "</h1>\n" + p.bodyHtml() + "</div>\n"),
                List.of());
    }

    @Override
    void privatePages() {
        out.html("/winkelmand", PageTruth.Kind.PRIVATE, page("Winkelmand", List.of(), "<h1>Winkelmand</h1><p>Je winkelmand is leeg.</p>"), List.of());
        out.html("/account/login", PageTruth.Kind.PRIVATE, page("Inloggen", List.of(),
                "<form method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pw\"><input type=\"submit\" value=\"Inloggen\"></form>"), List.of());
    }

    @Override
    String notFoundPage() {
        return page("Niet gevonden", List.of(), "<h1>404 - Pagina niet gevonden</h1><p>Dit product is niet meer leverbaar.</p>");
    }
}
