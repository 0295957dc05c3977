package org.npswatch.market;

import java.util.List;

/** Page frame for hand-written shops: a plain table-free layout with nav, breadcrumbs, footer and a cookie bar. */
final class CustomChrome {
    private CustomChrome() {}

    /**
     * @param nav menu entries as {label, href}
     * @param crumbs breadcrumb entries as {label, href}; an empty href marks the current page
     */
    static String page(ShopSpec spec, String title, List<String[]> nav, List<String[]> crumbs, String main, List<String[]> footer) {
        ShopLanguage lang = spec.language();
        StringBuilder menu = new StringBuilder();
        for (String[] n : nav) {
            menu.append("<li><a href=\"").append(n[1]).append("\">").append(ShopSite.esc(n[0])).append("</a></li>");
        }
        StringBuilder crumb = new StringBuilder("<a href=\"/\">").append(lang.home).append("</a>");
        for (String[] c : crumbs) {
            crumb.append(" &raquo; ").append(c[1].isEmpty() ? ShopSite.esc(c[0]) : "<a href=\"" + c[1] + "\">" + ShopSite.esc(c[0]) + "</a>");
        }
        StringBuilder links = new StringBuilder();
        for (String[] f : footer) {
            links.append("<a href=\"").append(f[1]).append("\">").append(ShopSite.esc(f[0])).append("</a> | ");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + lang.htmlLang + "\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                + "<title>" + ShopSite.esc(title) + " - " + ShopSite.esc(spec.title()) + "</title>\n"
                + "<meta name=\"description\" content=\"" + ShopSite.esc(spec.title()) + ": research chemicals, pellets and blotters\">\n"
                + "<link rel=\"stylesheet\" href=\"/css/style.css?v=7\">\n<script src=\"/js/jquery-1.12.4.min.js\"></script>\n</head>\n<body>\n"
                + "<div id=\"wrapper\">\n<div id=\"top\"><div id=\"logo\"><a href=\"/\">" + ShopSite.esc(spec.title()) + "</a></div>"
                + "<div id=\"topmenu\"><a href=\"" + (lang == ShopLanguage.NL ? "/winkelmand" : "/basket") + "\" rel=\"nofollow\">"
                + (lang == ShopLanguage.NL ? "Winkelmand (0)" : "Basket (0)") + "</a> <a href=\"/account/login\" rel=\"nofollow\">"
                + (lang == ShopLanguage.NL ? "Inloggen" : "Log in") + "</a></div></div>\n"
                + "<ul id=\"nav\">" + menu + "</ul>\n"
                + "<div id=\"breadcrumbs\">" + crumb + "</div>\n"
                + "<div id=\"content\">\n" + main + "</div>\n"
                + "<div id=\"footer\"><p>" + links + "</p><p>&copy; 2016-2026 " + ShopSite.esc(spec.title())
                + (lang == ShopLanguage.NL ? " - Niet voor menselijke consumptie - KvK 00000000" : " - Not for human consumption - Registered in England No. 00000000")
                + "</p></div>\n</div>\n"
                + "<div id=\"cookiebar\" style=\"position:fixed;bottom:0;width:100%\">" + lang.cookieText
                + " <button onclick=\"document.getElementById('cookiebar').style.display='none'\">" + lang.cookieAccept + "</button></div>\n"
                + "</body>\n</html>\n";
    }
}
