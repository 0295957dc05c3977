package org.npswatch.detect;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.SourceId;

/**
 * Everything observed in the monitored market in one ISO week: the input of detection. A plain
 * record tree the application builds from the observation ledger and index.
 *
 * @param substances per canonical substance name; a substance absent from the map was not offered
 * @param sources per monitored source; a source absent from the map had no run that week
 * @param unknownNames every sighting of an unknown substance-like name
 */
public record MarketWeek(
        IsoWeek week,
        SortedMap<String, SubstanceWeek> substances,
        SortedMap<SourceId, SourceWeek> sources,
        List<UnknownSighting> unknownNames) {
    public MarketWeek {
        Objects.requireNonNull(week, "week");
        substances = unmodifiable(substances);
        sources = unmodifiable(sources);
        substances.forEach((name, s) -> {
            if (!name.equals(s.substance())) {
                throw new IllegalArgumentException(week + ": substance key " + name + " holds " + s.substance());
            }
        });
        unknownNames = List.copyOf(unknownNames);
    }

    /** A week from plain collections; keys are taken from the records. */
    public static MarketWeek of(
            IsoWeek week, Collection<SubstanceWeek> substances, Collection<SourceWeek> sources,
            Collection<UnknownSighting> unknownNames) {
        return new MarketWeek(
                week,
                new TreeMap<>(substances.stream().collect(Collectors.toMap(SubstanceWeek::substance, Function.identity()))),
                new TreeMap<>(sources.stream().collect(Collectors.toMap(SourceWeek::source, Function.identity()))),
                List.copyOf(unknownNames));
    }

    /** A week in which nothing was observed. */
    public static MarketWeek empty(IsoWeek week) {
        return of(week, List.of(), List.of(), List.of());
    }

    public Optional<SubstanceWeek> substance(String name) {
        return Optional.ofNullable(substances.get(name));
    }

    public Optional<SourceWeek> source(SourceId id) {
        return Optional.ofNullable(sources.get(id));
    }

    private static <K, V> SortedMap<K, V> unmodifiable(Map<K, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
