package org.npswatch.market;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The ground truth of one URL of a simulated shop this week.
 *
 * @param url the absolute loopback URL
 * @param kind what the page is
 * @param offers offers the page shows with a price, in page order; always empty for
 *     {@link Kind#NON_OFFER} pages even when they name substances
 * @param disallowed whether robots.txt forbids crawlers to fetch it
 */
public record PageTruth(URI url, Kind kind, List<ShownOffer> offers, boolean disallowed) {
    /** What a page is. */
    public enum Kind {
        HOME,
        CATEGORY,
        PRODUCT,
        /** Shopify's public products JSON. */
        PRODUCTS_JSON,
        /** FAQ, shipping, legal, blog or news, contact pages: they sell nothing. */
        NON_OFFER,
        /** Cart, checkout and account pages: disallowed in robots.txt. */
        PRIVATE,
        ROBOTS,
        SITEMAP
    }

    public PageTruth {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        offers = List.copyOf(offers);
    }
}
