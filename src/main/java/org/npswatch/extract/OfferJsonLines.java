package org.npswatch.extract;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.util.List;
import org.npswatch.model.Offer;
import org.npswatch.model.PriceTier;

/**
 * Renders offers as the JSON Lines of the {@code extract} command (a stable evaluation
 * interface): {@code {"product": "...", "substances": [...], "unknown_candidates": [...],
 * "tiers": [{"quantity": 1, "unit": "g", "price": 12.5, "currency": "EUR"}], "in_stock": true}}.
 * Numbers are JSON numbers without trailing zeros; {@code in_stock} is null when the page does
 * not say.
 */
public final class OfferJsonLines {
    private OfferJsonLines() {}

    /** One line (without line break) for one offer. */
    public static String line(Offer offer) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"product\": ").append(string(offer.product()));
        sb.append(", \"substances\": ").append(strings(offer.substances()));
        sb.append(", \"unknown_candidates\": ").append(strings(offer.unknownCandidates()));
        sb.append(", \"tiers\": ").append(tiers(offer.tiers()));
        sb.append(", \"in_stock\": ").append(offer.stock().asBoolean().map(String::valueOf).orElse("null"));
        return sb.append('}').toString();
    }

    /** All offers, one line each, each ending with a line break; empty for no offers. */
    public static String lines(List<Offer> offers) {
        StringBuilder sb = new StringBuilder();
        offers.forEach(o -> sb.append(line(o)).append('\n'));
        return sb.toString();
    }

    /** Tiers as a JSON array of {quantity, unit, price, currency}; shared with the Telegram output. */
    public static String tiers(List<PriceTier> tiers) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < tiers.size(); i++) {
            PriceTier t = tiers.get(i);
            sb.append(i == 0 ? "" : ", ")
                    .append("{\"quantity\": ").append(number(t.quantity().amount()))
                    .append(", \"unit\": ").append(string(t.quantity().unit().symbol()))
                    .append(", \"price\": ").append(number(t.price().amount()))
                    .append(", \"currency\": ").append(string(t.price().currency().getCurrencyCode()))
                    .append('}');
        }
        return sb.append(']').toString();
    }

    private static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** A JSON string literal. */
    public static String string(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** A JSON array of strings. */
    public static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return sb.append(']').toString();
    }
}
