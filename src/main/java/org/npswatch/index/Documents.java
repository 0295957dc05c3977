package org.npswatch.index;

import static org.npswatch.index.IndexSchema.*;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.npswatch.lexicon.Folding;
import org.npswatch.model.Intent;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.model.StockStatus;
import org.npswatch.model.SubstanceClass;
import org.npswatch.model.Unit;

/** Maps listing, observation and post records to Lucene documents and back, per {@link IndexSchema}. */
final class Documents {
    /** Sort keys only order hits; a prefix is enough and keeps doc values small. */
    private static final int SORT_KEY_CHARS = 200;

    private final FacetsConfig facets;

    Documents(FacetsConfig facets) {
        this.facets = facets;
    }

    Document listing(ListingRecord r) throws IOException {
        Document doc = common(DocType.LISTING, r.key(), r.source(), r.kind(), r.lastSeen());
        doc.add(new StoredField(PRODUCT, r.product()));
        doc.add(new StoredField(URL, r.url().toString()));
        r.sku().ifPresent(s -> doc.add(new StoredField(SKU, s)));
        doc.add(new TextField(TEXT, r.product() + "\n" + String.join(" ", r.substances()), Field.Store.NO));
        doc.add(new SortedDocValuesField(SORT_KEY, sortKey(r.product().toLowerCase(Locale.ROOT))));
        substanceFields(doc, r.substances(), r.unknownCandidates(), r.classes(), r.legalStatuses());
        priceFields(doc, r.tiers());
        doc.add(new StringField(STOCK, r.stock().name(), Field.Store.YES));
        doc.add(new LongField(FIRST_SEEN, r.firstSeen().toEpochMilli(), Field.Store.YES));
        r.goneAt().ifPresent(at -> {
            doc.add(new StringField(GONE, GONE_TRUE, Field.Store.NO));
            doc.add(new LongField(GONE_AT, at.toEpochMilli(), Field.Store.YES));
        });
        doc.add(new StoredField(LAST_CRAWL_ID, r.lastCrawlId()));
        r.evidence().ifPresent(e -> doc.add(new StoredField(EVIDENCE, e)));
        facetFields(doc, r.source(), r.substances(), r.classes(), r.legalStatuses());
        return facets.build(doc);
    }

    Document observation(ObservationRecord r) {
        String key = observationKey(r.listingKey(), r.crawlId());
        Document doc = common(DocType.OBSERVATION, key, r.source(), r.kind(), r.seenAt());
        doc.add(new StringField(LISTING_KEY, r.listingKey(), Field.Store.YES));
        doc.add(new StringField(CRAWL_ID, r.crawlId(), Field.Store.YES));
        doc.add(new StoredField(PRODUCT, r.product()));
        for (String s : r.substances()) {
            doc.add(new StringField(SUBSTANCE, s, Field.Store.YES));
        }
        unknownFields(doc, r.unknownCandidates());
        r.pricePerBaseUnit().ifPresent(p -> {
            doc.add(new StoredField(PRICE_PER_BASE_UNIT, p.amount().toPlainString()));
            doc.add(new StoredField(CURRENCY, p.currency().getCurrencyCode()));
        });
        r.baseUnit().ifPresent(u -> doc.add(new StoredField(BASE_UNIT, u.name())));
        doc.add(new StringField(STOCK, r.stock().name(), Field.Store.YES));
        r.evidence().ifPresent(e -> doc.add(new StoredField(EVIDENCE, e)));
        return doc;
    }

    Document post(PostRecord r) throws IOException {
        Document doc = common(DocType.POST, r.key(), r.source(), r.kind(), r.postedAt());
        doc.add(new StoredField(MESSAGE_ID, r.messageId()));
        doc.add(new StoredField(POST_TEXT, r.text()));
        doc.add(new TextField(TEXT, r.text() + "\n" + String.join(" ", r.substances()), Field.Store.NO));
        doc.add(new SortedDocValuesField(SORT_KEY, sortKey(r.postedAt().toString())));
        doc.add(new StringField(INTENT, r.intent().name(), Field.Store.YES));
        substanceFields(doc, r.substances(), r.unknownCandidates(), r.classes(), r.legalStatuses());
        priceFields(doc, r.tiers());
        if (!r.substanceTiers().isEmpty()) {
            doc.add(new StoredField(SUBSTANCE_TIERS, TiersJson.writeBySubstance(r.substanceTiers())));
        }
        doc.add(new StringField(TRADE_QUANTITY, Boolean.toString(r.tradeQuantity()), Field.Store.YES));
        for (String area : r.deliveryAreas()) {
            doc.add(new StringField(DELIVERY_AREA, area, Field.Store.YES));
        }
        r.duplicateOf().ifPresent(d -> doc.add(new StringField(DUPLICATE_OF, d, Field.Store.YES)));
        r.authorPseudonym().ifPresent(a -> doc.add(new StringField(AUTHOR, a, Field.Store.YES)));
        facetFields(doc, r.source(), r.substances(), r.classes(), r.legalStatuses());
        return facets.build(doc);
    }

    private static Document common(DocType type, String key, SourceId source, SourceKind kind, Instant time) {
        Document doc = new Document();
        doc.add(new StringField(ID, id(type, key), Field.Store.NO));
        doc.add(new StringField(TYPE, type.fieldValue(), Field.Store.YES));
        doc.add(new KeywordField(KEY, key, Field.Store.YES));
        doc.add(new KeywordField(SOURCE, source.value(), Field.Store.YES));
        doc.add(new StringField(SOURCE_KIND, kind.name(), Field.Store.YES));
        doc.add(new LongField(TIME, time.toEpochMilli(), Field.Store.YES));
        return doc;
    }

    private static void substanceFields(Document doc, List<String> substances, List<String> unknown,
            List<SubstanceClass> classes, List<LegalStatus> legal) {
        for (String s : substances) {
            doc.add(new StringField(SUBSTANCE, s, Field.Store.YES));
        }
        unknownFields(doc, unknown);
        for (SubstanceClass c : classes) {
            doc.add(new StringField(SUBSTANCE_CLASS, c.name(), Field.Store.YES));
        }
        for (LegalStatus l : legal) {
            doc.add(new StringField(LEGAL_STATUS, l.name(), Field.Store.YES));
        }
    }

    private static void unknownFields(Document doc, List<String> unknown) {
        for (String u : unknown) {
            doc.add(new StringField(UNKNOWN_CANDIDATE, u, Field.Store.YES));
            doc.add(new StringField(UNKNOWN_FOLDED, Folding.fold(u), Field.Store.NO));
        }
    }

    private static void priceFields(Document doc, List<PriceTier> tiers) {
        doc.add(new StoredField(TIERS, TiersJson.write(tiers)));
        UnitPrices.best(tiers, Unit.Dimension.MASS).ifPresent(m -> doc.add(new StoredField(PRICE_PER_G, m.toString())));
        UnitPrices.best(tiers, Unit.Dimension.VOLUME).ifPresent(m -> doc.add(new StoredField(PRICE_PER_ML, m.toString())));
        UnitPrices.best(tiers, Unit.Dimension.COUNT).ifPresent(m -> doc.add(new StoredField(PRICE_PER_UNIT, m.toString())));
    }

    private static void facetFields(Document doc, SourceId source, List<String> substances,
            List<SubstanceClass> classes, List<LegalStatus> legal) {
        doc.add(new SortedSetDocValuesFacetField(FACET_SOURCE, source.value()));
        substances.stream().distinct().forEach(s -> doc.add(new SortedSetDocValuesFacetField(FACET_SUBSTANCE, s)));
        classes.stream().distinct().forEach(c -> doc.add(new SortedSetDocValuesFacetField(FACET_CLASS, c.name())));
        legal.stream().distinct().forEach(l -> doc.add(new SortedSetDocValuesFacetField(FACET_LEGAL_STATUS, l.name())));
    }

    private static BytesRef sortKey(String value) {
        return new BytesRef(value.length() > SORT_KEY_CHARS ? value.substring(0, SORT_KEY_CHARS) : value);
    }

    // Reading back.

    static DocType typeOf(Document doc) {
        return DocType.fromFieldValue(doc.get(TYPE));
    }

    static ListingRecord readListing(Document doc) {
        return new ListingRecord(
                doc.get(KEY),
                SourceId.of(doc.get(SOURCE)),
                SourceKind.valueOf(doc.get(SOURCE_KIND)),
                URI.create(doc.get(URL)),
                doc.get(PRODUCT),
                Optional.ofNullable(doc.get(SKU)),
                values(doc, SUBSTANCE),
                values(doc, UNKNOWN_CANDIDATE),
                values(doc, SUBSTANCE_CLASS).stream().map(SubstanceClass::valueOf).toList(),
                values(doc, LEGAL_STATUS).stream().map(LegalStatus::valueOf).toList(),
                TiersJson.read(doc.get(TIERS)),
                StockStatus.valueOf(doc.get(STOCK)),
                instant(doc, FIRST_SEEN).orElseThrow(),
                instant(doc, TIME).orElseThrow(),
                instant(doc, GONE_AT),
                doc.get(LAST_CRAWL_ID),
                Optional.ofNullable(doc.get(EVIDENCE)));
    }

    static ObservationRecord readObservation(Document doc) {
        Optional<Money> price = Optional.ofNullable(doc.get(PRICE_PER_BASE_UNIT))
                .map(amount -> Money.of(amount, doc.get(CURRENCY)));
        return new ObservationRecord(
                doc.get(LISTING_KEY),
                doc.get(CRAWL_ID),
                SourceId.of(doc.get(SOURCE)),
                SourceKind.valueOf(doc.get(SOURCE_KIND)),
                instant(doc, TIME).orElseThrow(),
                doc.get(PRODUCT),
                values(doc, SUBSTANCE),
                values(doc, UNKNOWN_CANDIDATE),
                price,
                Optional.ofNullable(doc.get(BASE_UNIT)).map(Unit.Dimension::valueOf),
                StockStatus.valueOf(doc.get(STOCK)),
                Optional.ofNullable(doc.get(EVIDENCE)));
    }

    static PostRecord readPost(Document doc) {
        return new PostRecord(
                doc.get(KEY),
                SourceId.of(doc.get(SOURCE)),
                SourceKind.valueOf(doc.get(SOURCE_KIND)),
                doc.get(MESSAGE_ID),
                instant(doc, TIME).orElseThrow(),
                doc.get(POST_TEXT),
                Intent.valueOf(doc.get(INTENT)),
                values(doc, SUBSTANCE),
                values(doc, UNKNOWN_CANDIDATE),
                values(doc, SUBSTANCE_CLASS).stream().map(SubstanceClass::valueOf).toList(),
                values(doc, LEGAL_STATUS).stream().map(LegalStatus::valueOf).toList(),
                TiersJson.read(doc.get(TIERS)),
                Boolean.parseBoolean(doc.get(TRADE_QUANTITY)),
                values(doc, DELIVERY_AREA),
                Optional.ofNullable(doc.get(DUPLICATE_OF)),
                Optional.ofNullable(doc.get(AUTHOR)),
                Optional.ofNullable(doc.get(SUBSTANCE_TIERS)).map(TiersJson::readBySubstance).orElse(Map.of()));
    }

    static Hit readHit(Document doc) {
        return switch (typeOf(doc)) {
            case LISTING -> readListing(doc);
            case POST -> readPost(doc);
            case OBSERVATION -> throw new IllegalStateException("observation " + doc.get(KEY) + " is not a hit");
        };
    }

    private static List<String> values(Document doc, String field) {
        return Arrays.asList(doc.getValues(field));
    }

    private static Optional<Instant> instant(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(f.numericValue().longValue()));
    }
}
