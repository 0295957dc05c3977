package org.npswatch.lexicon;

import java.util.List;
import org.npswatch.model.Substance;

/**
 * What the lexicon recognised in a text.
 *
 * @param substances known substances, in order of first mention, without repeats
 * @param unknownCandidates substance-like names that no lexicon entry knows, as written
 */
public record Recognition(List<Substance> substances, List<String> unknownCandidates) {
    public Recognition {
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
    }

    public List<String> canonicalNames() {
        return substances.stream().map(Substance::canonicalName).toList();
    }

    public boolean isEmpty() {
        return substances.isEmpty() && unknownCandidates.isEmpty();
    }
}
