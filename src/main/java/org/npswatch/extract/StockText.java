package org.npswatch.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.model.StockStatus;

/** Stock status from what a page says (EN, NL, DE, PL) or from a schema.org availability value. */
final class StockText {
    private static final Pattern OUT = Pattern.compile(ExtractionProfile.DEFAULT_OUT_OF_STOCK
            + "|(?i)tijdelijk niet leverbaar|niet leverbaar|vergriffen|nicht vorr\u00e4tig|wyprzedan|unavailable|currently unavailable");
    private static final Pattern IN = Pattern.compile(
            "(?iu)in stock|op voorraad|leverbaar|auf lager|sofort lieferbar|lieferbar|vorr\u00e4tig|dost\u0119pn|w magazynie"
                    + "|add to cart|add to basket|in winkelwagen|in den warenkorb|do koszyka|available");

    private StockText() {}

    /** OUT_OF_STOCK when the text says so (checked first: "nicht auf Lager"), IN_STOCK, else UNKNOWN. */
    static StockStatus of(String text) {
        if (text == null || text.isBlank()) {
            return StockStatus.UNKNOWN;
        }
        if (OUT.matcher(text).find()) {
            return StockStatus.OUT_OF_STOCK;
        }
        return IN.matcher(text).find() ? StockStatus.IN_STOCK : StockStatus.UNKNOWN;
    }

    /** schema.org ItemAvailability ("https://schema.org/InStock", "OutOfStock", ...). */
    static StockStatus ofSchemaAvailability(String value) {
        String v = value.substring(value.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).strip();
        return switch (v) {
            case "instock", "limitedavailability", "onlineonly", "instoreonly" -> StockStatus.IN_STOCK;
            case "outofstock", "soldout", "discontinued" -> StockStatus.OUT_OF_STOCK;
            default -> StockStatus.UNKNOWN;
        };
    }

    /** Stock of an offer from its tiers' stock: any tier buyable makes the offer buyable. */
    static StockStatus combine(Iterable<StockStatus> parts) {
        boolean anyOut = false;
        boolean anyUnknown = false;
        for (StockStatus s : parts) {
            if (s == StockStatus.IN_STOCK) {
                return StockStatus.IN_STOCK;
            }
            anyOut |= s == StockStatus.OUT_OF_STOCK;
            anyUnknown |= s == StockStatus.UNKNOWN;
        }
        return anyOut && !anyUnknown ? StockStatus.OUT_OF_STOCK : StockStatus.UNKNOWN;
    }
}
