package org.npswatch.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    /** Every prefix of every key, "" included: a window whose fold is none of these can only miss. */
    private final Set<String> keyPrefixes;
    private final int maxWords;
    private final Map<String, TokenFold> foldCache = new ConcurrentHashMap<>();

    /** A variant spelled by {@code length} consecutive tokens. */
    record Match(String canonical, int length) {}

    /**
     * A token's fold, and whether folds of windows holding it may be built by concatenation.
     * Folding a window removes the spaces between its tokens, so its fold is the concatenation of
     * its tokens' folds except where a token's spelling depends on its neighbours; see
     * {@link #joinable(String)}.
     */
    private record TokenFold(String folded, boolean joinable) {}

    private VariantTable(Map<String, String> canonicalByFolded, int maxWords) {
        this.canonicalByFolded = Map.copyOf(canonicalByFolded);
        Set<String> prefixes = new HashSet<>();
        for (String key : canonicalByFolded.keySet()) {
            for (int end = 0; end <= key.length(); end++) {
                prefixes.add(key.substring(0, end));
            }
        }
        this.keyPrefixes = Set.copyOf(prefixes);
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

    /**
     * The longest variant spelled by the tokens starting at {@code from} (at most
     * {@link #maxWords()} of them), as {@link #canonicalFor} would find it on the tokens joined by
     * spaces, longest window first. Folds each token once (cached) and builds window keys by
     * concatenation, stopping as soon as a key starts no variant: posts are full of prices and
     * words no variant starts with, and folding every joined window was most of the indexing time.
     */
    Optional<Match> longestMatch(List<String> tokens, int from) {
        int limit = Math.min(maxWords, tokens.size() - from);
        TokenFold[] folds = new TokenFold[limit];
        for (int n = 0; n < limit; n++) {
            folds[n] = tokenFold(tokens.get(from + n));
            if (!folds[n].joinable()) {
                return longestJoined(tokens, from, limit);
            }
        }
        StringBuilder key = new StringBuilder();
        Match best = null;
        for (int n = 1; n <= limit; n++) {
            key.append(folds[n - 1].folded());
            String k = key.toString();
            if (!keyPrefixes.contains(k)) {
                break;
            }
            String canonical = canonicalByFolded.get(k);
            if (canonical != null) {
                best = new Match(canonical, n);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The plain way, for the rare windows concatenation cannot answer: fold each joined window. */
    private Optional<Match> longestJoined(List<String> tokens, int from, int limit) {
        for (int n = limit; n >= 1; n--) {
            Optional<String> canonical = canonicalFor(String.join(" ", tokens.subList(from, from + n)));
            if (canonical.isPresent()) {
                return Optional.of(new Match(canonical.get(), n));
            }
        }
        return Optional.empty();
    }

    private String fold(String raw) {
        return tokenFold(raw).folded();
    }

    private TokenFold tokenFold(String raw) {
        TokenFold folded = foldCache.get(raw);
        if (folded == null) {
            folded = new TokenFold(Folding.fold(raw), joinable(raw));
            if (foldCache.size() >= MAX_CACHED) {
                foldCache.clear();
            }
            foldCache.put(raw, folded);
        }
        return folded;
    }

    /**
     * Whether a token folds the same alone as inside a window. Two steps of {@link Folding#fold}
     * look beyond one character: compatibility normalisation (a ligature or presentation form may
     * expand to several characters, even a space) and lower-casing of a capital sigma (final or
     * not depends on the letters around it). Tokens with either go the plain way. The "a-" read as
     * alpha needs no exception: it is read only after the start or a non-letter, and a space
     * (separating the tokens of a joined window) is one; {@link HyphenatedWordFilter} leaves no
     * hyphen at a token's end, so the letters it must be followed by lie in the same token.
     */
    private static boolean joinable(String token) {
        return token.indexOf('\u03A3') < 0 && Normalizer.isNormalized(token, Normalizer.Form.NFKC);
    }
}
