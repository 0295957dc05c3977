package org.npswatch.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.npswatch.lexicon.Folding;
import org.npswatch.lexicon.Lexicon;

/**
 * The lexicon's folded name variants as the analyzer needs them: folded variant to canonical
 * name, without variants too short or too ambiguous to be matched inside free text.
 */
final class VariantTable {
    /**
     * Street names of one letter ("G" for GHB, "K" for ketamine) and unit words would turn every
     * "5 g" into GHB; they are left to the lexicon's context-aware recognition at extraction.
     */
    private static final Set<String> AMBIGUOUS = Set.of(
            "g", "mg", "kg", "ug", "mcg", "ml", "l", "oz", "pcs", "tab", "caps", "x", "k");

    /** Folding runs several regular expressions; product names and ads repeat endlessly. */
    private static final int MAX_CACHED = 100_000;

    private final Map<String, String> canonicalByFolded;
    private final int maxWords;
    private final Map<String, String> foldCache = new ConcurrentHashMap<>();

    private VariantTable(Map<String, String> canonicalByFolded, int maxWords) {
        this.canonicalByFolded = Map.copyOf(canonicalByFolded);
        this.maxWords = maxWords;
    }

    static VariantTable of(Lexicon lexicon) {
        Map<String, String> table = new HashMap<>();
        lexicon.foldedVariants().forEach((folded, canonical) -> {
            if (folded.length() >= 2 && !AMBIGUOUS.contains(folded)) {
                table.put(folded, canonical);
            }
        });
        int maxWords = 1;
        for (var s : lexicon.substances()) {
            maxWords = Math.max(maxWords, words(s.canonicalName()));
            for (String v : s.synonyms()) {
                maxWords = Math.max(maxWords, words(v));
            }
            for (String v : s.streetNames()) {
                maxWords = Math.max(maxWords, words(v));
            }
        }
        // A code written with spaces ("3 MMC", "5F MDMB PICA") spans more tokens than its name.
        return new VariantTable(table, Math.min(5, maxWords + 1));
    }

    private static int words(String name) {
        return name.strip().split("\\s+").length;
    }

    /** How many consecutive tokens a variant may span. */
    int maxWords() {
        return maxWords;
    }

    /** The canonical name the raw text (one token or several joined by spaces) denotes. */
    Optional<String> canonicalFor(String raw) {
        return Optional.ofNullable(canonicalByFolded.get(fold(raw)));
    }

    boolean isKnown(String raw) {
        return canonicalByFolded.containsKey(fold(raw));
    }

    private String fold(String raw) {
        String folded = foldCache.get(raw);
        if (folded == null) {
            folded = Folding.fold(raw);
            if (foldCache.size() >= MAX_CACHED) {
                foldCache.clear();
            }
            foldCache.put(raw, folded);
        }
        return folded;
    }
}
