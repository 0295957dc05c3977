package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Masks secrets in TDLib requests before they reach a log line or an exception message. */
public final class Redaction {
    /** Field names of td_api.tl whose values are secrets or personal data of the operator. */
    public static final Set<String> SECRET_FIELDS = Set.of(
            "api_hash", "phone_number", "code", "password", "new_password", "database_encryption_key",
            "encryption_key", "token", "email_address", "first_name", "last_name", "recovery_code");

    /** Replaces every string shown. */
    public static final String MASK = "***";

    private Redaction() {}

    /** A copy of {@code request} with the values of {@link #SECRET_FIELDS} masked, at any depth. */
    public static JsonNode redact(JsonNode request) {
        JsonNode copy = request.deepCopy();
        mask(copy);
        return copy;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SECRET_FIELDS.contains(field.getKey()) && field.getValue().isValueNode()) {
                    field.setValue(object.textNode(MASK));
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(Redaction::mask);
        }
    }

    /** "+31612345678" becomes "+31*******78": enough to tell numbers apart, not to dial one. */
    public static String maskPhone(String phone) {
        String p = phone.strip();
        if (p.length() <= 5) {
            return MASK;
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 5) + p.substring(p.length() - 2);
    }
}
