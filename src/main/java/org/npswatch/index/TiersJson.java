package org.npswatch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.Unit;

/**
 * Price tiers as stored in the index: a JSON array of {@code {"quantity": "5", "unit": "GRAM",
 * "price": "50", "currency": "EUR"}}. Decimals are strings so no amount passes through a double.
 */
final class TiersJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TiersJson() {}

    static String write(List<PriceTier> tiers) {
        return tiersNode(tiers).toString();
    }

    private static ArrayNode tiersNode(List<PriceTier> tiers) {
        ArrayNode array = JSON.createArrayNode();
        for (PriceTier t : tiers) {
            ObjectNode o = array.addObject();
            o.put("quantity", t.quantity().amount().toPlainString());
            o.put("unit", t.quantity().unit().name());
            o.put("price", t.price().amount().toPlainString());
            o.put("currency", t.price().currency().getCurrencyCode());
        }
        return array;
    }

    static List<PriceTier> read(String json) {
        try {
            return tiers(JSON.readTree(json));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("stored price tiers are not valid: " + json, e);
        }
    }

    /** Tiers by substance: a JSON object of substance to array of tiers as above. */
    static String writeBySubstance(Map<String, List<PriceTier>> bySubstance) {
        ObjectNode o = JSON.createObjectNode();
        bySubstance.forEach((substance, tiers) -> o.set(substance, tiersNode(tiers)));
        return o.toString();
    }

    static Map<String, List<PriceTier>> readBySubstance(String json) {
        try {
            Map<String, List<PriceTier>> out = new LinkedHashMap<>();
            JSON.readTree(json).properties().forEach(e -> out.put(e.getKey(), tiers(e.getValue())));
            return out;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("stored price tiers by substance are not valid: " + json, e);
        }
    }

    private static List<PriceTier> tiers(JsonNode array) {
        List<PriceTier> out = new ArrayList<>();
        for (JsonNode o : array) {
            out.add(new PriceTier(
                    new Quantity(new BigDecimal(o.get("quantity").asText()), Unit.valueOf(o.get("unit").asText())),
                    Money.of(o.get("price").asText(), o.get("currency").asText())));
        }
        return out;
    }
}
