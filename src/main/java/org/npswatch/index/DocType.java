package org.npswatch.index;

import java.util.Locale;

/** The kinds of document in the offer index. */
public enum DocType {
    /** The current state of one webshop listing, upserted every crawl. */
    LISTING,
    /** What one crawl saw of one listing; the history from which time series are rebuilt. */
    OBSERVATION,
    /** One Telegram post, upserted by its key. */
    POST;

    /** The value stored in the {@link IndexSchema#TYPE} field. */
    public String fieldValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DocType fromFieldValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
