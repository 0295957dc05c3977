package org.npswatch.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.parser.Parser;

/** Lenient JSON reading for what shops embed in pages: comments, trailing commas, raw newlines. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {}

    /** The parsed document, or empty when it is no JSON (the problem goes to {@code problems}). */
    static Optional<JsonNode> parse(String text, String what, List<String> problems) {
        try {
            return Optional.ofNullable(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            problems.add(what + ": " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** A node's text: plain values, {"@value": ...}, or the first of an array; entities decoded. */
    static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isArray()) {
            return node.isEmpty() ? Optional.empty() : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.get("@value"));
        }
        String s = Parser.unescapeEntities(node.asText(), false).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    static Optional<String> text(JsonNode node, String field) {
        return node == null ? Optional.empty() : text(node.get(field));
    }

    /** A field that may be one object or an array of them, as a list. */
    static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(out::add);
        } else {
            out.add(v);
        }
        return out;
    }
}
