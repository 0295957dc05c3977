package org.npswatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagState;
import org.npswatch.model.FlagStateChange;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.Severity;
import org.npswatch.model.SourceId;

/**
 * The journal's JSON form of flags and state changes. Written by hand rather than by data binding
 * so the on-disk format stays stable when the model records gain fields, and so a value that no
 * longer parses is reported with the field that is wrong.
 */
final class FlagCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private FlagCodec() {}

    static ObjectNode encode(Flag f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.id());
        o.put("type", f.type().name());
        o.put("subject", f.subject());
        o.put("source", f.source().map(SourceId::value).orElse(null));
        o.put("week", f.week().toString());
        o.put("severity", f.severity().name());
        o.put("direction", f.direction().map(Direction::name).orElse(null));
        o.put("series", f.series().map(Series::name).orElse(null));
        ObjectNode n = o.putObject("numbers");
        n.put("observed", f.numbers().observed().orElse(null));
        n.put("expected", f.numbers().expected().orElse(null));
        n.put("threshold", f.numbers().threshold().orElse(null));
        n.put("statistic", f.numbers().statistic().orElse(null));
        n.put("method", f.numbers().method());
        ArrayNode ev = o.putArray("evidence");
        f.evidence().forEach(ev::add);
        o.put("dedup_key", f.dedupKey());
        o.put("state", f.state().name());
        o.put("explanation", f.explanation());
        return o;
    }

    static Flag decodeFlag(JsonNode o) {
        JsonNode n = field(o, "numbers");
        FlagNumbers numbers = new FlagNumbers(decimal(n, "observed"), decimal(n, "expected"),
                decimal(n, "threshold"), decimal(n, "statistic"), text(n, "method"));
        List<String> evidence = new ArrayList<>();
        field(o, "evidence").forEach(e -> evidence.add(e.asText()));
        return new Flag(text(o, "id"), FlagType.valueOf(text(o, "type")), text(o, "subject"),
                optionalText(o, "source").map(SourceId::of), IsoWeek.parse(text(o, "week")),
                Severity.valueOf(text(o, "severity")), optionalText(o, "direction").map(Direction::valueOf),
                optionalText(o, "series").map(Series::valueOf), numbers, evidence, text(o, "dedup_key"),
                FlagState.valueOf(text(o, "state")), text(o, "explanation"));
    }

    static ObjectNode encode(FlagStateChange c) {
        ObjectNode o = NODES.objectNode();
        o.put("flag", c.flagId());
        o.put("from", c.from().name());
        o.put("to", c.to().name());
        o.put("actor", c.actor());
        o.put("at", c.at().toString());
        o.put("note", c.note().orElse(null));
        return o;
    }

    static FlagStateChange decodeChange(JsonNode o) {
        return new FlagStateChange(text(o, "flag"), FlagState.valueOf(text(o, "from")),
                FlagState.valueOf(text(o, "to")), text(o, "actor"), Instant.parse(text(o, "at")),
                optionalText(o, "note"));
    }

    /** A reader that keeps decimals exact (prices, statistics). */
    static ObjectMapper mapper() {
        return new ObjectMapper().setNodeFactory(NODES)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static JsonNode field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode o, String name) {
        return field(o, name).asText();
    }

    private static Optional<String> optionalText(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<BigDecimal> decimal(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("field '" + name + "' is not a number: " + v.toString().toLowerCase(Locale.ROOT));
        }
        return Optional.of(v.decimalValue());
    }
}
