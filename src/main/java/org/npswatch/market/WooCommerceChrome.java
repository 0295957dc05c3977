package org.npswatch.market;

/** The page frame of a WordPress + Storefront site: head, header with search and cart, footer, cookie notice. */
final class WooCommerceChrome {
    private WooCommerceChrome() {}

    static String page(WooCommerceSite site, String title, String bodyClass, String menu, String breadcrumb, String main,
            String head, String footerLinks, String cartPath, String accountPath) {
        ShopLanguage lang = site.language();
        String shop = ShopSite.esc(site.title());
        boolean nl = lang == ShopLanguage.NL;
        return "<!doctype html>\n<html lang=\"" + lang.localeTag + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"profile\" href=\"https://gmpg.org/xfn/11\">\n"
                + "<title>" + ShopSite.esc(title) + " &#8211; " + shop + "</title>\n"
                + "<meta name=\"robots\" content=\"index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1\">\n"
                + "<meta property=\"og:locale\" content=\"" + lang.localeTag.replace('-', '_') + "\">\n"
                + "<meta property=\"og:site_name\" content=\"" + shop + "\">\n"
                + head
                + "<link rel='stylesheet' id='wc-blocks-style-css' href='/wp-content/plugins/woocommerce/assets/client/blocks/wc-blocks.css?ver=wc-9.8.2' media='all'>\n"
                + "<link rel='stylesheet' id='storefront-style-css' href='/wp-content/themes/storefront/style.css?ver=4.6.1' media='all'>\n"
                + "<link rel='stylesheet' id='storefront-woocommerce-style-css' href='/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.1' media='all'>\n"
                + "<script src=\"/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\" id=\"jquery-core-js\"></script>\n"
                + "<link rel=\"https://api.w.org/\" href=\"/wp-json/\">\n"
                + "<meta name=\"generator\" content=\"WordPress 6.8.1\">\n<meta name=\"generator\" content=\"WooCommerce 9.8.2\">\n"
                + "<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript>\n"
                + "</head>\n<body class=\"" + bodyClass + " wp-embed-responsive theme-storefront woocommerce-js storefront-align-wide right-sidebar woocommerce-active\">\n"
                + "<div id=\"page\" class=\"hfeed site\">\n"
                + "<header id=\"masthead\" class=\"site-header\" role=\"banner\" style=\"\">\n<div class=\"col-full\">\n"
                + "<a class=\"skip-link screen-reader-text\" href=\"#site-navigation\">" + (nl ? "Ga naar navigatie" : "Skip to navigation") + "</a>\n"
                + "<div class=\"site-branding\"><div class=\"beta site-title\"><a href=\"/\" rel=\"home\">" + shop + "</a></div>"
                + "<p class=\"site-description\">" + (nl ? "Onderzoekschemicali&euml;n van topkwaliteit" : "Premium research chemicals since 2014") + "</p></div>\n"
                + "<div class=\"site-search\"><div class=\"widget woocommerce widget_product_search\"><form role=\"search\" method=\"get\" class=\"woocommerce-product-search\" action=\"/\">"
                + "<label class=\"screen-reader-text\" for=\"woocommerce-product-search-field-0\">" + (nl ? "Zoeken naar:" : "Search for:") + "</label>"
                + "<input type=\"search\" id=\"woocommerce-product-search-field-0\" class=\"search-field\" placeholder=\"" + (nl ? "Zoek producten&hellip;" : "Search products&hellip;")
                + "\" value=\"\" name=\"s\"><button type=\"submit\" value=\"Search\">Search</button><input type=\"hidden\" name=\"post_type\" value=\"product\"></form></div></div>\n"
                + "</div>\n<div class=\"storefront-primary-navigation\"><div class=\"col-full\">\n"
                + "<nav id=\"site-navigation\" class=\"main-navigation\" role=\"navigation\" aria-label=\"" + (nl ? "Hoofdmenu" : "Primary Navigation") + "\">\n"
                + "<button id=\"site-navigation-menu-toggle\" class=\"menu-toggle\" aria-controls=\"site-navigation\" aria-expanded=\"false\"><span>Menu</span></button>\n"
                + "<div class=\"primary-navigation\"><ul id=\"menu-primary\" class=\"menu\">" + menu + "</ul></div>\n</nav>\n"
                + "<ul id=\"site-header-cart\" class=\"site-header-cart menu\"><li class=\"\"><a class=\"cart-contents\" href=\"" + cartPath
                + "\" title=\"" + (nl ? "Bekijk je winkelwagen" : "View your shopping cart") + "\"><span class=\"woocommerce-Price-amount amount\">"
                + "&euro;0,00</span> <span class=\"count\">0 items</span></a></li></ul>\n"
                + "</div></div>\n</header>\n"
                + breadcrumb
                + "<div id=\"content\" class=\"site-content\" tabindex=\"-1\"><div class=\"col-full\">\n<div class=\"woocommerce\"></div>\n"
                + "<div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\" role=\"main\">\n"
                + main
                + "</main></div>\n"
                + "<div id=\"secondary\" class=\"widget-area\" role=\"complementary\"><div class=\"widget widget_text\"><span class=\"gamma widget-title\">"
                + (nl ? "Let op" : "Disclaimer") + "</span><div class=\"textwidget\"><p>"
                + (nl ? "Al onze producten zijn uitsluitend bedoeld voor onderzoek en niet voor menselijke consumptie."
                        : "All products are sold for laboratory research only and are not for human consumption.")
                + "</p></div></div></div>\n</div></div>\n"
                + "<footer id=\"colophon\" class=\"site-footer\" role=\"contentinfo\"><div class=\"col-full\">\n"
                + "<div class=\"footer-widgets row-1 col-2 fix\"><div class=\"block footer-widget-1\"><div class=\"widget widget_nav_menu\"><span class=\"gamma widget-title\">"
                + (nl ? "Informatie" : "Information") + "</span><ul class=\"menu\">" + footerLinks
                + "<li><a href=\"" + accountPath + "\">" + (nl ? "Mijn account" : "My account") + "</a></li></ul></div></div>"
                + "<div class=\"block footer-widget-2\"><div class=\"widget widget_text\"><div class=\"textwidget\"><p>"
                + (nl ? "Klantenservice: ma-vr 9:00-17:00 via support@" : "Customer service Mon-Fri 9:00-17:00, support@")
                + Listing.slugOf(site.title()) + ".example</p></div></div></div></div>\n"
                + "<div class=\"site-info\">&copy; " + shop + " 2026 <br><a href=\"https://woocommerce.com\" rel=\"noreferrer\">Built with WooCommerce</a>.</div>\n"
                + "</div></footer>\n</div>\n"
                + "<div id=\"cookie-notice\" role=\"dialog\" class=\"cookie-notice-hidden cookie-revoke-hidden cn-position-bottom\" aria-label=\"Cookie Notice\" style=\"background-color: rgba(50,50,58,1);\">"
                + "<div class=\"cookie-notice-container\" style=\"color: #fff\"><span id=\"cn-notice-text\" class=\"cn-text-container\">" + lang.cookieText
                + "</span><span id=\"cn-notice-buttons\" class=\"cn-buttons-container\"><a href=\"#\" id=\"cn-accept-cookie\" data-cookie-set=\"accept\" class=\"cn-set-cookie cn-button\" aria-label=\""
                + lang.cookieAccept + "\">" + lang.cookieAccept + "</a></span></div></div>\n"
                + "<script id=\"wc-add-to-cart-variation-js-extra\">\nvar wc_add_to_cart_variation_params = {\"wc_ajax_url\":\"\\/?wc-ajax=%%endpoint%%\",\"i18n_no_matching_variations_text\":\"Sorry, no products matched your selection.\",\"i18n_make_a_selection_text\":\"Please select some product options before adding this product to your cart.\"};\n</script>\n"
                + "<script src=\"/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart-variation.min.js?ver=9.8.2\" id=\"wc-add-to-cart-variation-js\" defer data-wp-strategy=\"defer\"></script>\n"
                + "</body>\n</html>\n";
    }
}
