package org.npswatch.fetch.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/**
 * Maps one message object of a Telegram Desktop export to a {@link Post}, pseudonymising the
 * sender and the origin of a forward. The sender's display name ({@code from}) is never kept.
 */
final class ExportMessageMapper {
    /** Why a message could not be mapped; the reader records it with the message's position. */
    static final class Malformed extends Exception {
        Malformed(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * Groups have a few thousand posters who each post thousands of times; remembering their
     * pseudonyms saves an HMAC per message. Bounded so that memory stays flat on any export.
     */
    private static final int PSEUDONYM_CACHE_SIZE = 16_384;

    private final Pseudonymiser pseudonymiser;
    private final ZoneId exportZone;
    private final Map<String, String> pseudonyms = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > PSEUDONYM_CACHE_SIZE;
        }
    };

    ExportMessageMapper(Pseudonymiser pseudonymiser, ZoneId exportZone) {
        this.pseudonymiser = pseudonymiser;
        this.exportZone = exportZone;
    }

    private String pseudonym(String identity) {
        return pseudonyms.computeIfAbsent(identity, pseudonymiser::pseudonym);
    }

    Post map(JsonNode m, SourceId source) throws Malformed {
        String id = messageId(m).orElseThrow(() -> new Malformed("message without a numeric id"));
        Instant postedAt = instant(m, "date_unixtime", "date")
                .orElseThrow(() -> new Malformed("message " + id + " without a date"));
        return new Post(source, id, postedAt, text(m), sender(m), forwardOrigin(m),
                instant(m, "edited_unixtime", "edited"), Optional.empty());
    }

    static Optional<String> messageId(JsonNode m) {
        JsonNode id = m.get("id");
        if (id != null && id.isIntegralNumber() && id.asLong() >= 0) {
            return Optional.of(Long.toString(id.asLong()));
        }
        return Optional.empty();
    }

    /**
     * The UTC epoch field when present (exports since 2021 have it), else the local date-time field,
     * which Telegram Desktop writes in the exporting computer's time zone without saying which.
     */
    private Optional<Instant> instant(JsonNode m, String unixField, String localField) throws Malformed {
        JsonNode unix = m.get(unixField);
        if (unix != null && !unix.isNull()) {
            String s = unix.asText().strip();
            if (!s.matches("\\d{1,12}")) {
                throw new Malformed(unixField + " is not a number of seconds: '" + s + "'");
            }
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(s)));
        }
        JsonNode local = m.get(localField);
        if (local == null || local.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(local.asText().strip()).atZone(exportZone).toInstant());
        } catch (DateTimeParseException e) {
            throw new Malformed(localField + " is not a date-time: '" + local.asText() + "'");
        }
    }

    private Optional<String> sender(JsonNode m) {
        Optional<String> fromId = string(m, "from_id");
        if (fromId.isPresent()) {
            return Optional.of(pseudonym(Identities.accountId(fromId.get())));
        }
        // Old exports lack from_id; the name is then the only handle. Hashed, never kept.
        return string(m, "from").map(name -> pseudonym(Identities.displayName(name)));
    }

    /**
     * The export names the origin of a forward but not whether it is a person or a channel, so it
     * is always pseudonymised; an id, where newer exports give one, is preferred to the name.
     */
    private Optional<String> forwardOrigin(JsonNode m) {
        Optional<String> originId = string(m, "forwarded_from_id");
        if (originId.isPresent()) {
            return Optional.of(pseudonym(Identities.accountId(originId.get())));
        }
        return string(m, "forwarded_from").map(name -> pseudonym(Identities.displayName(name)));
    }

    /** {@code text} is a string, or an array of strings and entity objects each with its own text. */
    static String text(JsonNode m) throws Malformed {
        JsonNode text = m.get("text");
        if (text == null || text.isNull()) {
            JsonNode entities = m.get("text_entities");
            return entities != null && entities.isArray() ? joined(entities, "text_entities") : "";
        }
        if (text.isTextual()) {
            return text.asText();
        }
        if (text.isArray()) {
            return joined(text, "text");
        }
        throw new Malformed("text is neither a string nor an array but " + text.getNodeType());
    }

    private static String joined(JsonNode parts, String field) throws Malformed {
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : parts) {
            if (part.isTextual()) {
                sb.append(part.asText());
            } else if (part.isObject() && part.path("text").isTextual()) {
                sb.append(part.get("text").asText());
            } else {
                throw new Malformed(field + " holds a part without text: " + abbreviate(part.toString()));
            }
        }
        return sb.toString();
    }

    private static Optional<String> string(JsonNode m, String field) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
