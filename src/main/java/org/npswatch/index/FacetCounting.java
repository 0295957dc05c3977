package org.npswatch.index;

import static org.npswatch.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facets over the documents a search matched. The reader state (ordinal map of all facet
 * labels) is built once per index reader and reused until the searcher is refreshed.
 */
final class FacetCounting {
    private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private final FacetsConfig config;
    private volatile Cached cached;

    FacetCounting(FacetsConfig config) {
        this.config = config;
    }

    FacetCounts count(IndexReader reader, FacetsCollector matches) throws IOException {
        FieldInfo facetField = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (facetField == null) {
            return FacetCounts.none();
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state(reader), matches);
        return new FacetCounts(
                dim(facets, FACET_SUBSTANCE), dim(facets, FACET_CLASS), dim(facets, FACET_SOURCE), dim(facets, FACET_LEGAL_STATUS));
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        Cached c = cached;
        if (c == null || c.reader() != reader) {
            c = new Cached(reader, new DefaultSortedSetDocValuesReaderState(reader, config));
            cached = c;
        }
        return c.state();
    }

    private static List<FacetCount> dim(Facets facets, String dim) throws IOException {
        FacetResult result;
        try {
            result = facets.getAllChildren(dim);
        } catch (IllegalArgumentException noSuchDimension) {
            // No document in this reader has a value for the dimension.
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            if (lv.value.longValue() > 0) {
                out.add(new FacetCount(lv.label, lv.value.longValue()));
            }
        }
        out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return out;
    }
}
