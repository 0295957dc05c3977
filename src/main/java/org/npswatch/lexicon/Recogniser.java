package org.npswatch.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.npswatch.lexicon.TextTokens.Token;
import org.npswatch.model.Substance;

/**
 * Finds substance names in a text. Order of evidence, strongest first: a run of up to
 * {@value #MAX_WINDOW} tokens on one line whose folded form is a known name ("3 mmc", "2C B",
 * "N-pyrrolidino etonitazene"); an ambiguous street name allowed in the context and passing its
 * guards; a known name inside a hyphenated token whose other parts are plain words
 * ("3MMC-crystals"); a near-miss spelling ({@link FuzzyMatcher}). Tokens left over that look like
 * substance names become unknown candidates.
 */
final class Recogniser {
    static final int MAX_WINDOW = 4;
    private static final Pattern PLAIN_WORD = Pattern.compile("^[a-z]{3,}$");

    private final Map<String, Substance> strong;
    private final Map<String, List<Map.Entry<AmbiguousTerm, Substance>>> ambiguous;
    private final FuzzyMatcher fuzzy;
    private final Set<String> notSubstances;

    Recogniser(Map<String, Substance> strong, Map<String, List<Map.Entry<AmbiguousTerm, Substance>>> ambiguous,
            FuzzyMatcher fuzzy, Set<String> notSubstances) {
        this.strong = strong;
        this.ambiguous = ambiguous;
        this.fuzzy = fuzzy;
        this.notSubstances = notSubstances;
    }

    Recognition recognise(String text, Context context) {
        List<Token> tokens = TextTokens.tokenize(text);
        boolean[] used = new boolean[tokens.size()];
        Map<String, Substance> found = new LinkedHashMap<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        Set<Integer> matchedLines = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            int consumed = matchAt(tokens, i, context, found, pending, matchedLines);
            for (int k = 0; k < consumed; k++) {
                used[i + k] = true;
            }
            i += Math.max(consumed, 1) - 1;
        }
        for (Pending p : pending) {
            if (!matchedLines.contains(p.line())) {
                found.putIfAbsent(p.substance().canonicalName(), p.substance());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i] || tokens.get(i).isQuantityOrPrice()) {
                continue;
            }
            String raw = tokens.get(i).text();
            Optional<Substance> s = insideHyphenated(raw).or(() -> fuzzy.match(Folding.fold(raw)));
            if (s.isPresent()) {
                found.putIfAbsent(s.get().canonicalName(), s.get());
            } else if (UnknownNames.looksLikeSubstance(raw, notSubstances)) {
                unknown.putIfAbsent(Folding.fold(raw), raw);
            }
        }
        return new Recognition(new ArrayList<>(found.values()), new ArrayList<>(unknown.values()));
    }

    /** An "alone" term waiting to see whether its line names something else. */
    private record Pending(Substance substance, int line) {}

    /** Matches the longest name starting at token i; returns how many tokens it used (0: none). */
    private int matchAt(List<Token> tokens, int i, Context context, Map<String, Substance> found,
            List<Pending> pending, Set<Integer> matchedLines) {
        int line = tokens.get(i).line();
        int max = 1;
        while (max < MAX_WINDOW && i + max < tokens.size() && tokens.get(i + max).line() == line) {
            max++;
        }
        for (int n = max; n >= 1; n--) {
            String written = join(tokens, i, n);
            String key = Folding.fold(written);
            Substance s = strong.get(key);
            if (s != null) {
                found.putIfAbsent(s.canonicalName(), s);
                matchedLines.add(line);
                return n;
            }
            Optional<Map.Entry<AmbiguousTerm, Substance>> amb = ambiguousMatch(key, written, n, tokens, i, context);
            if (amb.isPresent()) {
                Substance a = amb.get().getValue();
                if (amb.get().getKey().alone()) {
                    pending.add(new Pending(a, line));
                } else {
                    found.putIfAbsent(a.canonicalName(), a);
                    matchedLines.add(line);
                }
                return n;
            }
        }
        return 0;
    }

    private Optional<Map.Entry<AmbiguousTerm, Substance>> ambiguousMatch(String key, String written, int n,
            List<Token> tokens, int i, Context context) {
        for (Map.Entry<AmbiguousTerm, Substance> e : ambiguous.getOrDefault(key, List.of())) {
            AmbiguousTerm t = e.getKey();
            boolean sameWordCount = t.term().strip().split("\\s+").length == n;
            boolean afterNumber = i > 0 && tokens.get(i - 1).line() == tokens.get(i).line()
                    && tokens.get(i - 1).isQuantityOrPrice();
            if (sameWordCount && t.allowedIn(context) && t.caseMatches(written) && !(t.standalone() && afterNumber)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** "3MMC-crystals", "HHC-vape": a known name plus plain words joined by hyphens. */
    private Optional<Substance> insideHyphenated(String raw) {
        String[] parts = raw.split("-");
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (int len = parts.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= parts.length; from++) {
                Substance s = strong.get(Folding.fold(String.join("-", Arrays.copyOfRange(parts, from,
                        from + len))));
                if (s != null && othersArePlainWords(parts, from, len)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    private boolean othersArePlainWords(String[] parts, int from, int len) {
        for (int k = 0; k < parts.length; k++) {
            boolean inside = k >= from && k < from + len;
            if (!inside) {
                String p = Folding.fold(parts[k]);
                boolean plain = PLAIN_WORD.matcher(p).matches() && !UnknownNames.looksLikeSubstance(parts[k], Set.of())
                        && parts[k].chars().filter(Character::isUpperCase).count() < 2;
                if (!plain) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String join(List<Token> tokens, int from, int n) {
        StringBuilder b = new StringBuilder(tokens.get(from).text());
        for (int k = 1; k < n; k++) {
            b.append(' ').append(tokens.get(from + k).text());
        }
        return b.toString();
    }
}
