package org.npswatch.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.SourceId;

/**
 * A search over listings and posts.
 *
 * @param query full text over product names and post texts in Lucene query-parser syntax,
 *     analysed with the {@link SubstanceAnalyzer}; terms are ANDed. Empty lists everything the
 *     filters match, sorted by source then product (posts: by time)
 * @param substance a substance by canonical name or any lexicon variant; a name the lexicon does
 *     not know matches listings and posts that carry it as an unknown candidate
 * @param since listings last seen, or posts posted, on or after this day (UTC)
 * @param source only this shop or Telegram chat
 * @param type only listings or only posts; {@link DocType#OBSERVATION} is not searchable here
 *     (use {@link OfferIndex#history} and {@link OfferIndex#observations})
 * @param includeGone also listings marked gone
 * @param limit at most this many hits (facet counts always cover all matches); 0 for facets only
 */
public record SearchRequest(
        Optional<String> query,
        Optional<String> substance,
        Optional<LocalDate> since,
        Optional<SourceId> source,
        Optional<DocType> type,
        boolean includeGone,
        int limit) {
    public SearchRequest {
        query = Objects.requireNonNull(query, "query").filter(q -> !q.isBlank());
        substance = Objects.requireNonNull(substance, "substance").filter(s -> !s.isBlank());
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        if (type.filter(t -> t == DocType.OBSERVATION).isPresent()) {
            throw new IllegalArgumentException(
                    "observations are not search hits; use OfferIndex.history or OfferIndex.observations");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
    }

    /** Everything current (not gone), up to {@code limit} hits. */
    public static SearchRequest all(int limit) {
        return new SearchRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, limit);
    }

    public SearchRequest withQuery(String q) {
        return new SearchRequest(Optional.of(q), substance, since, source, type, includeGone, limit);
    }

    public SearchRequest withSubstance(String s) {
        return new SearchRequest(query, Optional.of(s), since, source, type, includeGone, limit);
    }

    public SearchRequest withSince(LocalDate day) {
        return new SearchRequest(query, substance, Optional.of(day), source, type, includeGone, limit);
    }

    public SearchRequest withSource(SourceId id) {
        return new SearchRequest(query, substance, since, Optional.of(id), type, includeGone, limit);
    }

    public SearchRequest withType(DocType t) {
        return new SearchRequest(query, substance, since, source, Optional.of(t), includeGone, limit);
    }

    public SearchRequest withGone(boolean include) {
        return new SearchRequest(query, substance, since, source, type, include, limit);
    }
}
