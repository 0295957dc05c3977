package org.npswatch.market;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.npswatch.market.CatalogueProduct.Category;

/**
 * A hand-written shop without structured data: its own URL scheme, one page chrome
 * ({@link CustomChrome}) with the categories in the navigation and the info pages in the footer,
 * and a flat sitemap. Subclasses say where pages live and what an offer looks like.
 */
abstract class CustomHtmlSite extends ShopSite {
    CustomHtmlSite(ShopState shop, URI base, MarketClock clock, int week) {
        super(shop, base, clock, week);
    }

    abstract String productPath(Listing l);

    abstract String categoryPath(Category c);

    abstract String infoPath(InfoPage p);

    @Override
    final void sitemaps() {
        List<String[]> urls = new ArrayList<>();
        urls.add(new String[] {abs("/")});
        categories().forEach(c -> urls.add(new String[] {abs(categoryPath(c))}));
        shop.listings().forEach(l -> urls.add(new String[] {abs(productPath(l)), firstSeenDate(l)}));
        InfoPage.of(lang, spec.title()).forEach(p -> urls.add(new String[] {abs(infoPath(p))}));
        out.xml("/sitemap.xml", XmlSitemaps.urlset(urls));
    }

    /** A whole page in the shop's chrome around {@code main}. */
    final String page(String title, List<String[]> crumbs, String main) {
        List<String[]> nav = new ArrayList<>();
        categories().forEach(c -> nav.add(new String[] {categoryName(c), categoryPath(c)}));
        List<String[]> footer = new ArrayList<>();
        InfoPage.of(lang, spec.title()).forEach(p -> footer.add(new String[] {p.title(), infoPath(p)}));
        return CustomChrome.page(spec, title, nav, crumbs, main, footer);
    }
}
