package org.npswatch.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Severity;
import org.npswatch.model.SourceId;

/**
 * UNKNOWN_NAME: substance-like names in no lexicon entry, grouped by folded spelling, flagged in the
 * first week a group is seen, with every spelling and every source that week. The key is the folded
 * group, so "a-PHiP" and "α-PHiP" next week are the same event. No warm-up: a name nobody has
 * listed is worth a look even on the first day of monitoring.
 */
public record UnknownNameDetector() implements Detector {
    @Override
    public FlagType type() {
        return FlagType.UNKNOWN_NAME;
    }

    @Override
    public List<Flag> detect(History history, IsoWeek week) {
        int t = history.require(week);
        Set<String> seenBefore = new TreeSet<>();
        for (int i = 0; i < t; i++) {
            history.get(i).unknownNames().forEach(u -> seenBefore.add(NameFolding.fold(u.name())));
        }
        Map<String, List<UnknownSighting>> groups = history.get(t).unknownNames().stream()
                .collect(Collectors.groupingBy(u -> NameFolding.fold(u.name()), TreeMap::new, Collectors.toList()));
        List<Flag> flags = new ArrayList<>();
        groups.forEach((folded, sightings) -> {
            if (!folded.isEmpty() && !seenBefore.contains(folded)) {
                flags.add(flag(folded, sightings, week));
            }
        });
        return flags;
    }

    private static Flag flag(String folded, List<UnknownSighting> sightings, IsoWeek week) {
        Map<String, Long> spellings = sightings.stream()
                .collect(Collectors.groupingBy(UnknownSighting::name, TreeMap::new, Collectors.counting()));
        String subject = spellings.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
        Set<SourceId> sources = sightings.stream().map(UnknownSighting::source).collect(Collectors.toCollection(TreeSet::new));
        Severity severity = sources.size() >= 2 ? Severity.HIGH : sightings.size() >= 2 ? Severity.MEDIUM : Severity.LOW;
        List<String> evidence = sightings.stream().map(UnknownSighting::evidence).distinct().toList();
        String explanation = "unknown substance-like name " + subject + " (spellings: "
                + String.join(", ", spellings.keySet()) + ") seen " + sightings.size() + " time(s) in "
                + sources.stream().map(SourceId::value).collect(Collectors.joining(", "));
        return Flags.open(FlagType.UNKNOWN_NAME, subject, sources.size() == 1 ? Optional.of(sources.iterator().next())
                        : Optional.empty(), week, severity, Optional.empty(), Optional.empty(),
                FlagNumbers.observedOnly(sightings.size(), "folded-name"), evidence,
                Flags.key(FlagType.UNKNOWN_NAME, folded), explanation);
    }
}
