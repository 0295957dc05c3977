package org.npswatch.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.Series;
import org.npswatch.model.SourceId;

/**
 * Turns channel-neutral flags into text for people and machines: plain-text and HTML e-mail,
 * JSON objects (webhooks, {@code flags --format jsonl}) and the text of Atom entries. Every escape
 * happens here; flag fields are scraped text and may hold markup, quotes, ampersands or control
 * characters. Stateless and thread-safe.
 */
public final class FlagRenderer {
    /** Decimals as written (96, 0.00001234), never in exponent form. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** A one-line subject for the batch, free of line breaks (no header injection). */
    public String subject(Batch batch) {
        List<Flag> flags = batch.flags();
        String text;
        if (batch.isDigest()) {
            text = "[npswatch] " + batch.cadence().wireName() + " digest: " + count(flags.size());
        } else if (flags.size() == 1) {
            text = "[npswatch] " + headline(flags.getFirst());
        } else {
            text = "[npswatch] " + count(flags.size()) + ": " + String.join(", ",
                    flags.stream().limit(3).map(f -> f.type().name() + " " + f.subject()).toList())
                    + (flags.size() > 3 ? ", ..." : "");
        }
        return oneLine(text);
    }

    /** The plain-text e-mail body. */
    public String text(Batch batch) {
        StringBuilder out = new StringBuilder();
        out.append(intro(batch)).append("\n\n");
        for (Flag f : batch.flags()) {
            out.append(flagText(f)).append('\n');
        }
        out.append("-- \nnpswatch: confirm or dismiss with `npswatch flag confirm|dismiss ID [--note TEXT]`.\n");
        return out.toString();
    }

    /** The HTML e-mail body; every flag field is HTML-escaped. */
    public String html(Batch batch) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escapeHtml(subject(batch))).append("</title></head>\n<body>\n<p>")
                .append(escapeHtml(intro(batch))).append("</p>\n");
        for (Flag f : batch.flags()) {
            out.append("<section>\n<h2>").append(escapeHtml(headline(f))).append("</h2>\n<p>")
                    .append(escapeHtml(f.explanation())).append("</p>\n<ul>\n");
            for (String fact : facts(f)) {
                out.append("<li>").append(escapeHtml(fact)).append("</li>\n");
            }
            out.append("</ul>\n");
            if (!f.evidence().isEmpty()) {
                out.append("<p>Evidence:</p>\n<ul>\n");
                f.evidence().forEach(e -> out.append("<li><code>").append(escapeHtml(e)).append("</code></li>\n"));
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    /**
     * The flag as a JSON object with the stable keys of {@code flags --format jsonl}: id, type
     * (upper case), substance, week, direction and series (lower case, null when not applicable),
     * state (lower case); then severity, source, numbers, evidence, explanation.
     */
    public ObjectNode json(Flag f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.id());
        o.put("type", f.type().name());
        o.put("substance", f.subject());
        o.put("week", f.week().toString());
        o.put("direction", f.direction().map(Direction::wireName).orElse(null));
        o.put("series", f.series().map(Series::wireName).orElse(null));
        o.put("state", f.state().wireName());
        o.put("severity", f.severity().wireName());
        o.put("source", f.source().map(SourceId::value).orElse(null));
        ObjectNode n = o.putObject("numbers");
        n.put("observed", f.numbers().observed().orElse(null));
        n.put("expected", f.numbers().expected().orElse(null));
        n.put("threshold", f.numbers().threshold().orElse(null));
        n.put("statistic", f.numbers().statistic().orElse(null));
        n.put("method", f.numbers().method());
        ArrayNode ev = o.putArray("evidence");
        f.evidence().forEach(ev::add);
        o.put("explanation", f.explanation());
        return o;
    }

    /** The flag as one line of JSON (no trailing newline). */
    public String jsonLine(Flag f) {
        return write(json(f));
    }

    /** The webhook body: the batch's flags with what kind of message it is and when it was sent. */
    public String webhookPayload(Batch batch) {
        ObjectNode o = NODES.objectNode();
        o.put("event", batch.isDigest() ? "digest" : "flags");
        o.put("cadence", batch.cadence().wireName());
        o.put("recipient", batch.recipient().id());
        o.put("sent_at", batch.at().toString());
        ArrayNode flags = o.putArray("flags");
        batch.flags().forEach(f -> flags.add(json(f)));
        return write(o);
    }

    /** The title of a flag's Atom entry (plain text; the XML writer escapes it). */
    public String atomTitle(Flag f) {
        return xmlSafe(headline(f));
    }

    /** The plain-text content of a flag's Atom entry (the XML writer escapes it). */
    public String atomContent(Flag f) {
        return xmlSafe(flagText(f));
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Drops characters XML 1.0 cannot carry at all (most C0 controls), which scraped text may hold. */
    static String xmlSafe(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    /** Replaces line breaks and other control characters by spaces, for subjects and table cells. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }

    private static String headline(Flag f) {
        return f.type().name() + ": " + f.subject() + " (" + f.week() + ")";
    }

    private static String intro(Batch batch) {
        return batch.isDigest()
                ? "The " + batch.cadence().wireName() + " digest of npswatch: " + count(batch.flags().size()) + "."
                : "npswatch raised " + count(batch.flags().size()) + ".";
    }

    private static String count(int n) {
        return n == 1 ? "1 new flag" : n + " new flags";
    }

    private static String flagText(Flag f) {
        StringBuilder out = new StringBuilder(oneLine(headline(f))).append('\n')
                .append(oneLine(f.explanation())).append('\n');
        facts(f).forEach(fact -> out.append("  ").append(oneLine(fact)).append('\n'));
        if (!f.evidence().isEmpty()) {
            out.append("  evidence:\n");
            f.evidence().forEach(e -> out.append("    ").append(oneLine(e)).append('\n'));
        }
        return out.toString();
    }

    private static List<String> facts(Flag f) {
        List<String> facts = new ArrayList<>();
        facts.add("severity: " + f.severity().wireName() + ", state: " + f.state().wireName());
        if (f.series().isPresent() || f.direction().isPresent()) {
            facts.add("series: " + f.series().map(Series::wireName).orElse("-") + ", direction: "
                    + f.direction().map(Direction::wireName).orElse("-"));
        }
        facts.add("numbers: " + numbers(f.numbers()));
        f.source().ifPresent(s -> facts.add("source: " + s.value()));
        facts.add("flag id: " + f.id());
        return facts;
    }

    private static String numbers(FlagNumbers n) {
        List<String> parts = new ArrayList<>();
        part(parts, "observed", n.observed());
        part(parts, "expected", n.expected());
        part(parts, "threshold", n.threshold());
        part(parts, "statistic", n.statistic());
        return String.join(", ", parts) + (parts.isEmpty() ? "" : " ") + "(method " + n.method() + ")";
    }

    private static void part(List<String> parts, String name, Optional<BigDecimal> value) {
        value.ifPresent(v -> parts.add(name + " " + v.toPlainString()));
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
