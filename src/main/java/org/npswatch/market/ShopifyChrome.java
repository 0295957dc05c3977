package org.npswatch.market;

/** The page frame of a Shopify Dawn theme shop: head with Shopify globals, sticky header, footer, privacy banner. */
final class ShopifyChrome {
    private ShopifyChrome() {}

    static String page(ShopifySite site, String title, String template, String main, String head) {
        ShopSpec spec = site.shopSpec();
        ShopLanguage lang = spec.language();
        String shop = ShopSite.esc(spec.title());
        StringBuilder menu = new StringBuilder();
        for (String[] item : site.menu()) {
            menu.append("<li><a href=\"").append(item[1]).append("\" class=\"header__menu-item list-menu__item link link--text focus-inset\"><span>")
                    .append(ShopSite.esc(item[0])).append("</span></a></li>");
        }
        return "<!doctype html>\n<html class=\"js\" lang=\"" + lang.htmlLang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
                + "<meta name=\"theme-color\" content=\"\">\n<link rel=\"preconnect\" href=\"https://cdn.shopify.com\" crossorigin>\n"
                + "<title>" + ShopSite.esc(title) + (title.equals(spec.title()) ? "" : "\n&ndash; " + shop) + "</title>\n"
                + "<meta property=\"og:site_name\" content=\"" + shop + "\">\n<meta property=\"og:type\" content=\"" + (template.equals("product") ? "product" : "website") + "\">\n"
                + "<script>window.Shopify = window.Shopify || {};\nShopify.shop = \"" + Listing.slugOf(spec.title()) + ".myshopify.com\";\n"
                + "Shopify.locale = \"" + lang.htmlLang + "\";\nShopify.currency = {\"active\":\"" + spec.currency().getCurrencyCode() + "\",\"rate\":\"1.0\"};\n"
                + "Shopify.theme = {\"name\":\"Dawn\",\"id\":139876543210,\"schema_name\":\"Dawn\",\"schema_version\":\"15.0.0\",\"role\":\"main\"};</script>\n"
                + "<script src=\"//cdn.shopify.com/s/files/1/0612/3456/7890/t/3/assets/constants.js?v=1712\" defer=\"defer\"></script>\n"
                + "<link href=\"//cdn.shopify.com/s/files/1/0612/3456/7890/t/3/assets/base.css?v=1712\" rel=\"stylesheet\" type=\"text/css\" media=\"all\">\n"
                + head
                + "</head>\n<body class=\"gradient animate--hover-default\">\n"
                + "<a class=\"skip-to-content-link button visually-hidden\" href=\"#MainContent\">Skip to content</a>\n"
                + "<div id=\"shopify-section-sections--2024__announcement-bar\" class=\"shopify-section shopify-section-group-header-group announcement-bar-section\">"
                + "<div class=\"utility-bar color-scheme-2 gradient\"><div class=\"announcement-bar\" role=\"region\" aria-label=\"Announcement\"><p class=\"announcement-bar__message h5\"><span>"
                + (lang == ShopLanguage.NL ? "Gratis verzending vanaf &euro;50" : "Free tracked shipping on orders over 150") + "</span></p></div></div></div>\n"
                + "<div id=\"shopify-section-sections--2024__header\" class=\"shopify-section shopify-section-group-header-group section-header\"><sticky-header data-sticky-type=\"on-scroll-up\" class=\"header-wrapper color-scheme-1 gradient header-wrapper--border-bottom\">"
                + "<header class=\"header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account\">\n"
                + "<h1 class=\"header__heading\"><a href=\"/\" class=\"header__heading-link link link--text focus-inset\"><span class=\"h2\">" + shop + "</span></a></h1>\n"
                + "<nav class=\"header__inline-menu\"><ul class=\"list-menu list-menu--inline\" role=\"list\">" + menu + "</ul></nav>\n"
                + "<div class=\"header__icons header__icons--localization header-localization\">"
                + "<details-modal class=\"header__search\"><details><summary class=\"header__icon header__icon--search header__icon--summary link focus-inset modal__toggle\" aria-haspopup=\"dialog\" aria-label=\"Search\"><span>Search</span></summary></details></details-modal>"
                + "<a href=\"/account/login\" class=\"header__icon header__icon--account link focus-inset small-hide\" rel=\"nofollow\"><span class=\"visually-hidden\">Log in</span></a>"
                + "<a href=\"/cart\" class=\"header__icon header__icon--cart link focus-inset\" id=\"cart-icon-bubble\" rel=\"nofollow\"><span class=\"visually-hidden\">Cart</span></a></div>\n"
                + "</header></sticky-header></div>\n"
                + "<main id=\"MainContent\" class=\"content-for-layout focus-none\" role=\"main\" tabindex=\"-1\">\n" + main + "</main>\n"
                + "<div id=\"shopify-section-sections--2024__footer\" class=\"shopify-section shopify-section-group-footer-group\"><footer class=\"footer color-scheme-1 gradient section-sections--2024__footer-padding\">"
                + "<div class=\"footer__content-top page-width\"><div class=\"footer-block__details-content rte\"><p>"
                + (lang == ShopLanguage.NL ? "Alle producten voldoen aan de Europese wetgeving. 18+." : "All products are sold for research purposes only.")
                + "</p></div></div>\n<div class=\"footer__content-bottom\"><div class=\"footer__column footer__localization isolate\">"
                + "<localization-form><form method=\"post\" action=\"/localization\" id=\"FooterLanguageForm\" accept-charset=\"UTF-8\" class=\"localization-form\" enctype=\"multipart/form-data\">"
                + "<input type=\"hidden\" name=\"form_type\" value=\"localization\"><input type=\"hidden\" name=\"language_code\" value=\"" + lang.htmlLang + "\"></form></localization-form></div>\n"
                + "<div class=\"footer__payment\"><ul class=\"list list-payment\" role=\"list\"><li class=\"list-payment__item\">Visa</li><li class=\"list-payment__item\">Mastercard</li><li class=\"list-payment__item\">Bitcoin</li></ul></div>\n"
                + "<div class=\"footer__copyright caption\"><small class=\"copyright__content\">&copy; 2026, <a href=\"/\" title=\"\">" + shop + "</a></small>"
                + "<small class=\"copyright__content\"><a target=\"_blank\" rel=\"nofollow\" href=\"https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore\">Powered by Shopify</a></small></div></div>\n"
                + "</footer></div>\n"
                + "<div id=\"shopify-pc__banner\" class=\"shopify-pc__banner__dialog\" role=\"alertdialog\" aria-labelledby=\"shopify-pc__banner__body-title\"><div class=\"shopify-pc__banner__wrapper\">"
                + "<div class=\"shopify-pc__banner__body\"><h2 class=\"shopify-pc__banner__body-title\" id=\"shopify-pc__banner__body-title\">Cookies</h2><p>" + lang.cookieText
                + "</p></div><div class=\"shopify-pc__banner__btns\"><button type=\"button\" class=\"shopify-pc__banner__btn-accept\" id=\"shopify-pc__banner__btn-accept\">"
                + lang.cookieAccept + "</button></div></div></div>\n"
                + "<script src=\"//cdn.shopify.com/s/files/1/0612/3456/7890/t/3/assets/product-info.js?v=1712\" defer=\"defer\"></script>\n"
                + "</body>\n</html>\n";
    }
}
