package org.npswatch.market;

/** The shop software a simulated shop imitates; decides its markup, URLs, robots.txt and sitemaps. */
public enum Platform {
    /** WordPress + WooCommerce (Storefront theme), Yoast SEO's JSON-LD {@code @graph} with one Offer per variation. */
    WOOCOMMERCE_YOAST("WooCommerce"),
    /** WordPress + WooCommerce with WooCommerce's own JSON-LD: Product with an AggregateOffer. */
    WOOCOMMERCE("WooCommerce"),
    /** Shopify (Dawn theme) with the public {@code /products.json} and ProductGroup JSON-LD. */
    SHOPIFY("Shopify"),
    /** Shopware 6 storefront with schema.org microdata. */
    SHOPWARE("Shopware"),
    /** PrestaShop 1.7 (classic theme) with schema.org microdata. */
    PRESTASHOP("PrestaShop"),
    /** Hand-written HTML with a text price list per product ("1g €12,50 | 5g €50,00"); needs a selector profile. */
    CUSTOM_PRICE_LIST("custom HTML"),
    /** Hand-written HTML with a table of tiers per product; needs a selector profile. */
    CUSTOM_TIER_TABLE("custom HTML"),
    /** A one-page dealer site that only gives a contact handle; it names substances but offers nothing to buy. */
    CONTACT_ONLY("contact page");

    private final String displayName;

    Platform(String displayName) {
        this.displayName = displayName;
    }

    /** The platform's name as people call it ("WooCommerce", "Shopify", "custom HTML"). */
    public String displayName() {
        return displayName;
    }
}
