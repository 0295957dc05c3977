package org.npswatch.market;

import java.util.List;

/** sitemaps.org documents: a sitemap index and a URL set, each entry a {url, lastmod} pair. */
final class XmlSitemaps {
    private XmlSitemaps() {}

    static String index(List<String[]> sitemaps) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String[] s : sitemaps) {
            b.append("\t<sitemap>\n\t\t<loc>").append(ShopSite.esc(s[0])).append("</loc>\n\t\t<lastmod>").append(s[1])
                    .append("</lastmod>\n\t</sitemap>\n");
        }
        return b.append("</sitemapindex>\n").toString();
    }

    static String urlset(List<String[]> urls) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String[] u : urls) {
            b.append("\t<url>\n\t\t<loc>").append(ShopSite.esc(u[0])).append("</loc>\n");
            if (u.length > 1) {
                b.append("\t\t<lastmod>").append(u[1]).append("</lastmod>\n");
            }
            b.append("\t</url>\n");
        }
        return b.append("</urlset>\n").toString();
    }
}
