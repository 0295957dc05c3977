package org.npswatch.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;

/**
 * Renders search results for the {@code search} command: an aligned table for people, JSON Lines
 * (one object per hit) and CSV (RFC 4180) for tools. Dates are UTC.
 */
public final class SearchFormat {
    /** Output formats of {@code ./npswatch search --format}. */
    public enum Format {
        TABLE,
        JSONL,
        CSV;

        /** "table", "jsonl" or "csv", any case. */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "'; one of table, jsonl, csv");
        }
    }

    static final List<String> CSV_HEADER = List.of("type", "source", "key", "product_or_text", "url", "substances",
            "unknown_candidates", "classes", "legal_status", "best_price_per_g", "best_price_per_ml",
            "best_price_per_unit", "currency", "stock", "first_seen", "last_seen", "gone_at", "intent",
            "duplicate_of", "author");

    private static final int PRODUCT_WIDTH = 48;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SearchFormat() {}

    public static String render(SearchResults results, Format format) {
        StringBuilder out = new StringBuilder();
        try {
            write(results, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(SearchResults results, Format format, Appendable out) throws IOException {
        switch (format) {
            case TABLE -> table(results, out);
            case JSONL -> {
                for (Hit hit : results.hits()) {
                    out.append(json(hit)).append('\n');
                }
            }
            case CSV -> {
                csvRow(CSV_HEADER, out);
                for (Hit hit : results.hits()) {
                    csvRow(csvFields(hit), out);
                }
            }
        }
    }

    // Table.

    private static void table(SearchResults results, Appendable out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("SOURCE", "PRODUCT", "SUBSTANCES", "BEST PRICE", "STOCK", "LAST SEEN"));
        for (Hit hit : results.hits()) {
            rows.add(tableRow(hit));
        }
        int[] widths = new int[rows.getFirst().size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i));
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - width(row.get(i)) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n').append(results.hits().size() + " of " + results.totalHits() + " hits").append('\n');
        facetLine("substances", results.facets().substances(), out);
        facetLine("classes", results.facets().classes(), out);
        facetLine("sources", results.facets().sources(), out);
        facetLine("legal status", results.facets().legalStatuses(), out);
    }

    private static List<String> tableRow(Hit hit) {
        return switch (hit) {
            case ListingRecord l -> List.of(l.source().value(), truncate(l.product()), String.join(", ", l.substances()),
                    bestPrice(l.bestPricePerGram(), l.bestPricePerMl(), l.bestPricePerUnit()),
                    l.gone() ? "gone" : l.stock().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    day(l.lastSeen()));
            case PostRecord p -> List.of(p.source().value(), truncate("[post] " + p.text().strip().replaceAll("\\s+", " ")),
                    String.join(", ", p.substances()),
                    bestPrice(p.bestPricePerGram(), Optional.empty(), p.bestPricePerUnit()), "-", day(p.postedAt()));
        };
    }

    /** The table shows prices to the cent; JSON Lines and CSV keep the exact value. */
    private static String bestPrice(Optional<Money> perGram, Optional<Money> perMl, Optional<Money> perUnit) {
        return perGram.map(m -> cents(m) + "/g")
                .or(() -> perMl.map(m -> cents(m) + "/ml"))
                .or(() -> perUnit.map(m -> cents(m) + "/unit"))
                .orElse("-");
    }

    private static String cents(Money m) {
        return m.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + m.currency().getCurrencyCode();
    }

    private static void facetLine(String name, List<FacetCount> counts, Appendable out) throws IOException {
        if (counts.isEmpty()) {
            return;
        }
        List<String> parts = counts.stream().map(c -> c.value() + " " + c.count()).toList();
        out.append(name).append(": ").append(String.join(", ", parts)).append('\n');
    }

    private static String truncate(String s) {
        if (width(s) <= PRODUCT_WIDTH) {
            return s;
        }
        int end = s.offsetByCodePoints(0, PRODUCT_WIDTH - 1);
        return s.substring(0, end) + "…";
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    // JSON Lines.

    static String json(Hit hit) {
        ObjectNode o = JSON.createObjectNode();
        switch (hit) {
            case ListingRecord l -> {
                o.put("type", "listing");
                common(o, l.key(), l);
                o.put("source_kind", l.kind().name());
                o.put("url", l.url().toString());
                o.put("product", l.product());
                o.put("sku", l.sku().orElse(null));
                substanceFields(o, l.substances(), l.unknownCandidates(), l.classes(), l.legalStatuses());
                tiers(o, l.tiers());
                price(o, "best_price_per_g", l.bestPricePerGram());
                price(o, "best_price_per_ml", l.bestPricePerMl());
                price(o, "best_price_per_unit", l.bestPricePerUnit());
                o.put("stock", l.stock().name());
                l.stock().asBoolean().ifPresentOrElse(b -> o.put("in_stock", b), () -> o.putNull("in_stock"));
                o.put("first_seen", l.firstSeen().toString());
                o.put("last_seen", l.lastSeen().toString());
                o.put("gone_at", l.goneAt().map(Instant::toString).orElse(null));
                o.put("evidence", l.evidence().orElse(null));
            }
            case PostRecord p -> {
                o.put("type", "post");
                common(o, p.key(), p);
                o.put("source_kind", p.kind().name());
                o.put("message_id", p.messageId());
                o.put("posted_at", p.postedAt().toString());
                o.put("text", p.text());
                o.put("intent", p.intent().name().toLowerCase(Locale.ROOT));
                substanceFields(o, p.substances(), p.unknownCandidates(), p.classes(), p.legalStatuses());
                tiers(o, p.tiers());
                price(o, "best_price_per_g", p.bestPricePerGram());
                price(o, "best_price_per_unit", p.bestPricePerUnit());
                o.put("trade_quantity", p.tradeQuantity());
                strings(o.putArray("delivery_areas"), p.deliveryAreas().stream());
                o.put("duplicate_of", p.duplicateOf().orElse(null));
                o.put("author", p.authorPseudonym().orElse(null));
            }
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + hit.key(), e);
        }
    }

    private static void common(ObjectNode o, String key, Hit hit) {
        o.put("key", key);
        o.put("source", hit.source().value());
    }

    private static void substanceFields(ObjectNode o, List<String> substances, List<String> unknown,
            List<? extends Enum<?>> classes, List<? extends Enum<?>> legal) {
        strings(o.putArray("substances"), substances.stream());
        strings(o.putArray("unknown_candidates"), unknown.stream());
        strings(o.putArray("classes"), classes.stream().map(Enum::name));
        strings(o.putArray("legal_status"), legal.stream().map(Enum::name));
    }

    private static void strings(ArrayNode array, Stream<String> values) {
        values.forEach(array::add);
    }

    private static void tiers(ObjectNode o, List<PriceTier> tiers) {
        ArrayNode array = o.putArray("tiers");
        for (PriceTier t : tiers) {
            ObjectNode tier = array.addObject();
            tier.put("quantity", t.quantity().amount());
            tier.put("unit", t.quantity().unit().symbol());
            tier.put("price", t.price().amount());
            tier.put("currency", t.price().currency().getCurrencyCode());
        }
    }

    private static void price(ObjectNode o, String field, Optional<Money> price) {
        price.ifPresentOrElse(m -> {
            ObjectNode p = o.putObject(field);
            p.put("amount", m.amount());
            p.put("currency", m.currency().getCurrencyCode());
        }, () -> o.putNull(field));
    }

    // CSV.

    private static List<String> csvFields(Hit hit) {
        return switch (hit) {
            case ListingRecord l -> List.of("listing", l.source().value(), l.key(), l.product(), l.url().toString(),
                    String.join("; ", l.substances()), String.join("; ", l.unknownCandidates()),
                    names(l.classes()), names(l.legalStatuses()),
                    amount(l.bestPricePerGram()), amount(l.bestPricePerMl()), amount(l.bestPricePerUnit()),
                    currency(l.bestPricePerGram(), l.bestPricePerMl(), l.bestPricePerUnit()),
                    l.stock().name(), l.firstSeen().toString(), l.lastSeen().toString(),
                    l.goneAt().map(Instant::toString).orElse(""), "", "", "");
            case PostRecord p -> List.of("post", p.source().value(), p.key(), p.text(), "",
                    String.join("; ", p.substances()), String.join("; ", p.unknownCandidates()),
                    names(p.classes()), names(p.legalStatuses()),
                    amount(p.bestPricePerGram()), "", amount(p.bestPricePerUnit()),
                    currency(p.bestPricePerGram(), Optional.empty(), p.bestPricePerUnit()),
                    "", p.postedAt().toString(), p.postedAt().toString(), "",
                    p.intent().name().toLowerCase(Locale.ROOT), p.duplicateOf().orElse(""),
                    p.authorPseudonym().orElse(""));
        };
    }

    private static String names(List<? extends Enum<?>> values) {
        return String.join("; ", values.stream().map(Enum::name).toList());
    }

    private static String amount(Optional<Money> m) {
        return m.map(x -> x.amount().toPlainString()).orElse("");
    }

    private static String currency(Optional<Money> perGram, Optional<Money> perMl, Optional<Money> perUnit) {
        return perGram.or(() -> perMl).or(() -> perUnit).map(m -> m.currency().getCurrencyCode()).orElse("");
    }

    private static void csvRow(List<String> fields, Appendable out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
