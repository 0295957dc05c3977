package org.npswatch.index;

import java.time.Instant;
import java.util.List;
import org.npswatch.model.SourceId;

/** A search hit: a webshop listing or a Telegram post. */
public sealed interface Hit permits ListingRecord, PostRecord {
    /** The listing key or post key. */
    String key();

    SourceId source();

    List<String> substances();

    /** Last seen (listing) or posted (post). */
    Instant time();
}
