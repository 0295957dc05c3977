package org.npswatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * The one owner of the offer index's schema: field names, document types, facet dimensions and
 * the schema version kept in every commit's user data. docs/parts/index.md has the field table.
 *
 * <p>Three document types share one index (field {@link #TYPE}): LISTING (current state of a
 * webshop listing), OBSERVATION (one listing seen by one crawl) and POST (one Telegram post).
 * Fields with the same name have the same Lucene type in every document type, as Lucene requires.
 */
public final class IndexSchema {
    /**
     * Bumped whenever a field changes name, type or meaning; an index written with another
     * version is refused, never half-read.
     */
    public static final int SCHEMA_VERSION = 1;

    // Commit user data keys.
    public static final String COMMIT_SCHEMA_VERSION = "npswatch.schema_version";
    public static final String COMMIT_LAST_CRAWL_ID = "npswatch.last_crawl_id";
    public static final String COMMIT_LAST_SOURCE = "npswatch.last_source";
    public static final String COMMIT_LAST_KIND = "npswatch.last_commit_kind";
    public static final String COMMIT_AT = "npswatch.committed_at";

    // Every document type.
    /** Unique id, {@code type:key}; the term of every upsert. StringField, not stored. */
    public static final String ID = "id";
    /** {@link DocType#fieldValue()}. StringField, stored. */
    public static final String TYPE = "type";
    /** Natural key: listing key, "listing key#crawl id" or post key. KeywordField, stored. */
    public static final String KEY = "key";
    public static final String SOURCE = "source";
    public static final String SOURCE_KIND = "source_kind";
    /** Listing: last seen; observation: seen at; post: posted at. LongField (epoch ms), stored. */
    public static final String TIME = "time";
    public static final String SUBSTANCE = "substance";
    public static final String UNKNOWN_CANDIDATE = "unknown_candidate";
    /** Unknown candidates folded with {@code Folding.fold}, so any spelling finds them. */
    public static final String UNKNOWN_FOLDED = "unknown_folded";
    public static final String SUBSTANCE_CLASS = "class";
    public static final String LEGAL_STATUS = "legal_status";
    public static final String TIERS = "tiers";
    /**
     * Post: the tiers of each substance of a menu that prices it on its own lines, stored as JSON
     * (substance to tiers); absent for single-substance posts and for posts indexed before it was
     * kept, which need no reindexing.
     */
    public static final String SUBSTANCE_TIERS = "substance_tiers";
    public static final String STOCK = "stock";
    public static final String EVIDENCE = "evidence";
    public static final String PRODUCT = "product";

    // Listings and posts.
    /** Full text (product and substance names, or post text), {@link SubstanceAnalyzer}. */
    public static final String TEXT = "text";
    /** Listings: lowercased product; posts: posting time; sorts hits within a source. */
    public static final String SORT_KEY = "sort_key";
    public static final String PRICE_PER_G = "price_per_g";
    public static final String PRICE_PER_ML = "price_per_ml";
    public static final String PRICE_PER_UNIT = "price_per_unit";
    /** Currency of the best prices. */
    public static final String CURRENCY = "currency";

    // Listings.
    public static final String URL = "url";
    public static final String SKU = "sku";
    public static final String FIRST_SEEN = "first_seen";
    public static final String GONE = "gone";
    public static final String GONE_AT = "gone_at";
    public static final String LAST_CRAWL_ID = "last_crawl_id";

    // Observations.
    public static final String LISTING_KEY = "listing_key";
    public static final String CRAWL_ID = "crawl_id";
    public static final String PRICE_PER_BASE_UNIT = "price_per_base_unit";
    public static final String BASE_UNIT = "base_unit";

    // Posts.
    public static final String MESSAGE_ID = "message_id";
    public static final String POST_TEXT = "post_text";
    public static final String INTENT = "intent";
    public static final String TRADE_QUANTITY = "trade_quantity";
    public static final String DELIVERY_AREA = "delivery_area";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String AUTHOR = "author";

    // Facet dimensions (SortedSetDocValuesFacetField in the default "$facets" field).
    public static final String FACET_SUBSTANCE = "substance";
    public static final String FACET_CLASS = "class";
    public static final String FACET_SOURCE = "source";
    public static final String FACET_LEGAL_STATUS = "legal_status";

    /** Value of {@link #GONE} on listings no longer seen. */
    public static final String GONE_TRUE = "true";

    private IndexSchema() {}

    /** The facet configuration every writer and reader of the index must use. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_SUBSTANCE, true);
        config.setMultiValued(FACET_CLASS, true);
        config.setMultiValued(FACET_LEGAL_STATUS, true);
        config.setMultiValued(FACET_SOURCE, false);
        return config;
    }

    /** The term that identifies a document for {@code updateDocument}. */
    public static Term idTerm(DocType type, String key) {
        return new Term(ID, id(type, key));
    }

    static String id(DocType type, String key) {
        return type.fieldValue() + ":" + key;
    }

    /** Observation ids are deterministic so a re-run crawl replaces rather than duplicates. */
    static String observationKey(String listingKey, String crawlId) {
        return listingKey + "#" + crawlId;
    }

    /** User data for a commit: the schema version plus what the commit holds. */
    static Map<String, String> commitData(String kind, String source, String crawlId, Instant at) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(COMMIT_SCHEMA_VERSION, Integer.toString(SCHEMA_VERSION));
        data.put(COMMIT_LAST_KIND, kind);
        data.put(COMMIT_LAST_SOURCE, source);
        data.put(COMMIT_LAST_CRAWL_ID, crawlId);
        data.put(COMMIT_AT, at.toString());
        return data;
    }

    /**
     * Refuses an existing index whose latest commit has another (or no) schema version. A
     * directory without an index passes: it will be created.
     */
    static void checkVersion(Directory directory, Path indexDir) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        String found = SegmentInfos.readLatestCommit(directory).getUserData().get(COMMIT_SCHEMA_VERSION);
        if (!Integer.toString(SCHEMA_VERSION).equals(found)) {
            throw new IndexException(indexDir, "index schema version is "
                    + (found == null ? "missing (not an npswatch index?)" : found)
                    + " but this npswatch needs version " + SCHEMA_VERSION
                    + ". Move this directory aside and rebuild the index: re-run the crawls and Telegram imports"
                    + " (the WARC archive and exports in the data directory hold the evidence)");
        }
    }
}
