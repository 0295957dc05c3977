package org.npswatch.lexicon;

import java.util.List;
import org.npswatch.model.Substance;

/**
 * What the lexicon recognised in a text.
 *
 * @param substances known substances, in order of first mention, without repeats
 * @param unknownCandidates substance-like names that no lexicon entry knows, as written
 * @param lineNames the canonical names each line of the text names (index: the line, counted by
 *     '\n'), so that a menu's prices can be told apart by product; lines after the last one that
 *     names something may be missing
 */
public record Recognition(List<Substance> substances, List<String> unknownCandidates, List<List<String>> lineNames) {
    public Recognition {
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
        lineNames = lineNames.stream().map(List::copyOf).toList();
    }

    /** A recognition without line information. */
    public Recognition(List<Substance> substances, List<String> unknownCandidates) {
        this(substances, unknownCandidates, List.of());
    }

    /** The canonical names a line names; none for a line out of range. */
    public List<String> namesOnLine(int line) {
        return line >= 0 && line < lineNames.size() ? lineNames.get(line) : List.of();
    }

    public List<String> canonicalNames() {
        return substances.stream().map(Substance::canonicalName).toList();
    }

    public boolean isEmpty() {
        return substances.isEmpty() && unknownCandidates.isEmpty();
    }
}
