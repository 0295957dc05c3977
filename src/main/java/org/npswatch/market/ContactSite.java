package org.npswatch.market;

import java.net.URI;
import java.util.List;
import org.npswatch.market.CatalogueProduct.Category;

/**
 * A dealer's one-page site that only gives contact handles (Telegram, Wickr, e-mail) and names
 * what is available, with emoji codes, but shows no prices and no cart. It sells nothing a
 * crawler can see: every page is a non-offer page.
 */
final class ContactSite extends ShopSite {
    ContactSite(ShopState shop, URI base, MarketClock clock, int week) {
        super(shop, base, clock, week);
    }

    @Override
    void robots() {
        out.robots("User-agent: *\nDisallow: /admin/\n\nSitemap: " + abs("/sitemap.xml") + "\n", List.of("/admin/"));
    }

    @Override
    void home() {
        String main = """
                <section class="hero"><h1>\u2744\ufe0f Snowline \u2744\ufe0f</h1>
                <p>Snelle levering in de Randstad (020, 010, 070, 030). Alleen via Telegram of Wickr.</p></section>
                <section class="menu"><h2>Wat hebben we?</h2>
                <ul><li>\u2744\ufe0f Coke / cola - topkwaliteit</li><li>\ud83d\udc8a XTC pillen en MDMA kristallen</li>
                <li>\ud83d\udc34 Keta</li><li>\ud83c\udf88 Lachgas tanks</li><li>3MMC en 2C-B op aanvraag</li></ul>
                <p><strong>Prijslijst? Stuur een bericht.</strong> Wij posten geen prijzen op deze site.</p></section>
                <section class="contact"><h2>Contact</h2>
                <p>Telegram: <a href="https://t.me/snowline_bot_example">@snowline_bot_example</a><br>Wickr: snowline_nl<br>
                E-mail: snowline@protonmail.example</p></section>
                """;
        out.html("/", PageTruth.Kind.NON_OFFER, page("Snowline", main), List.of());
        out.html("/faq", PageTruth.Kind.NON_OFFER, page("FAQ", """
                <h1>FAQ</h1><h3>Hoe bestel ik?</h3><p>Stuur ons een bericht op Telegram met wat je zoekt (bv. 5g coke of 50 pillen).</p>
                <h3>Minimum?</h3><p>Minimale bestelling &euro;50. Bezorging binnen 1 uur in Amsterdam.</p>
                """), List.of());
    }

    @Override
    void category(Category c, List<Listing> listings) {
        // A contact page has no categories.
    }

    @Override
    void product(Listing l) {
        // Nothing is listed.
    }

    @Override
    void info(InfoPage page) {
        // Only its own two pages.
    }

    @Override
    void privatePages() {
        out.html("/admin/", PageTruth.Kind.PRIVATE, page("Login", "<form method=\"post\"><input type=\"password\" name=\"pw\"></form>"), List.of());
    }

    @Override
    void sitemaps() {
        out.xml("/sitemap.xml", XmlSitemaps.urlset(List.of(new String[] {abs("/")}, new String[] {abs("/faq")})));
    }

    @Override
    String notFoundPage() {
        return page("404", "<h1>Niet gevonden</h1>");
    }

    private String page(String title, String main) {
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>body{background:#0b1020;color:#e8eefc;font-family:sans-serif}</style>\n</head>\n<body>\n"
                + "<nav><a href=\"/\">Home</a> <a href=\"/faq\">FAQ</a></nav>\n<main>\n" + main + "</main>\n"
                + "<footer><p>18+ | Snowline 2026</p></footer>\n</body>\n</html>\n";
    }
}
