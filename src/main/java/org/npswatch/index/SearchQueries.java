package org.npswatch.index;

import static org.npswatch.index.IndexSchema.*;

import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.npswatch.lexicon.Folding;
import org.npswatch.lexicon.Lexicon;

/** Builds the Lucene queries and sorts behind {@link OfferIndex}'s read methods. */
final class SearchQueries {
    private final Analyzer analyzer;
    private final Lexicon lexicon;

    SearchQueries(Analyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
    }

    /** The query for a search request; a malformed query string fails with its parser message. */
    Query search(SearchRequest req) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (req.type().isPresent()) {
            b.add(type(req.type().get()), Occur.FILTER);
        } else {
            b.add(new BooleanQuery.Builder()
                    .add(type(DocType.LISTING), Occur.SHOULD)
                    .add(type(DocType.POST), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        req.query().ifPresent(q -> b.add(parse(q), Occur.MUST));
        req.substance().ifPresent(s -> b.add(substance(s), Occur.FILTER));
        req.since().ifPresent(day -> b.add(LongField.newRangeQuery(TIME,
                day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), Long.MAX_VALUE), Occur.FILTER));
        req.source().ifPresent(src -> b.add(new TermQuery(new Term(SOURCE, src.value())), Occur.FILTER));
        if (!req.includeGone()) {
            b.add(new TermQuery(new Term(GONE, GONE_TRUE)), Occur.MUST_NOT);
        }
        return b.build();
    }

    private Query parse(String query) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        // Stacked variant tokens become synonym queries only when the analyzer sees whole phrases.
        parser.setSplitOnWhitespace(false);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Codes stay whole, so "*MDMB*" is how a researcher finds every MDMB-something.
        parser.setAllowLeadingWildcard(true);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse search query '" + query + "': " + e.getMessage(), e);
        }
    }

    /**
     * A substance by any lexicon spelling; a name the lexicon does not know is looked up as a
     * canonical name and, folded, among unknown candidates, so new substances can be searched
     * before anyone adds them to the lexicon.
     */
    Query substance(String name) {
        return lexicon.lookup(name)
                .<Query>map(s -> new TermQuery(new Term(SUBSTANCE, s.canonicalName())))
                .orElseGet(() -> new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(SUBSTANCE, name.strip())), Occur.SHOULD)
                        .add(new TermQuery(new Term(UNKNOWN_FOLDED, Folding.fold(name))), Occur.SHOULD)
                        .build());
    }

    static Query type(DocType type) {
        return new TermQuery(new Term(TYPE, type.fieldValue()));
    }

    static Query listingsOf(String source) {
        return new BooleanQuery.Builder()
                .add(type(DocType.LISTING), Occur.FILTER)
                .add(new TermQuery(new Term(SOURCE, source)), Occur.FILTER)
                .build();
    }

    static Query history(String listingKey) {
        return new BooleanQuery.Builder()
                .add(type(DocType.OBSERVATION), Occur.FILTER)
                .add(new TermQuery(new Term(LISTING_KEY, listingKey)), Occur.FILTER)
                .build();
    }

    /** Documents of a type whose time lies in [from, to). */
    static Query between(DocType type, Instant from, Instant to) {
        return new BooleanQuery.Builder()
                .add(type(type), Occur.FILTER)
                .add(LongField.newRangeQuery(TIME, from.toEpochMilli(), to.toEpochMilli() - 1), Occur.FILTER)
                .build();
    }

    /** Without a query: by source, then product (posts: posting time), then key. */
    static Sort bySourceThenProduct() {
        return new Sort(sourceSort(), new SortField(SORT_KEY, SortField.Type.STRING), keySort());
    }

    static Sort byRelevance() {
        return new Sort(SortField.FIELD_SCORE, sourceSort(), new SortField(SORT_KEY, SortField.Type.STRING), keySort());
    }

    static Sort byTimeThenKey() {
        return new Sort(LongField.newSortField(TIME, false, SortedNumericSelector.Type.MIN), keySort());
    }

    private static SortField sourceSort() {
        return KeywordField.newSortField(SOURCE, false, SortedSetSelector.Type.MIN);
    }

    private static SortField keySort() {
        return KeywordField.newSortField(KEY, false, SortedSetSelector.Type.MIN);
    }
}
