package org.npswatch.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    private static final int MAX_SLUG_PARTS = 5;
    private static final Pattern PLAIN_WORD = Pattern.compile("^[a-z]{3,}$");
    /** Per-token caches hold up to this many entries, then start afresh. */
    private static final int CACHE_LIMIT = 50_000;
    private static final int CACHE_MAX_TOKEN = 40;

    private final Map<String, Substance> strong;
    private final Map<String, List<Map.Entry<AmbiguousTerm, Substance>>> ambiguous;
    private final FuzzyMatcher fuzzy;
    private final Set<String> notSubstances;
    /** Every prefix of every strong and ambiguous key: a window whose fold is not one cannot grow into a name. */
    private final Set<String> keyPrefixes;
    private final Map<String, String> foldCache = new ConcurrentHashMap<>();
    private final Map<String, Leftover> leftoverCache = new ConcurrentHashMap<>();

    Recogniser(Map<String, Substance> strong, Map<String, List<Map.Entry<AmbiguousTerm, Substance>>> ambiguous,
            FuzzyMatcher fuzzy, Set<String> notSubstances) {
        this.strong = strong;
        this.ambiguous = ambiguous;
        this.fuzzy = fuzzy;
        this.notSubstances = notSubstances;
        Set<String> prefixes = new HashSet<>();
        Stream.concat(strong.keySet().stream(), ambiguous.keySet().stream()).forEach(k -> {
            for (int end = 0; end <= k.length(); end++) {
                prefixes.add(k.substring(0, end));
            }
        });
        this.keyPrefixes = Set.copyOf(prefixes);
    }

    Recognition recognise(String text, Context context) {
        List<Token> tokens = TextTokens.tokenize(text);
        String[] folds = new String[tokens.size()];
        for (int i = 0; i < folds.length; i++) {
            folds[i] = cached(foldCache, tokens.get(i).text(), Folding::fold);
        }
        boolean[] used = new boolean[tokens.size()];
        Map<String, Substance> found = new LinkedHashMap<>();
        List<List<String>> lineNames = new ArrayList<>();
        Map<String, String> unknown = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        Set<Integer> matchedLines = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            int consumed = matchAt(tokens, folds, i, context, found, pending, matchedLines, lineNames);
            for (int k = 0; k < consumed; k++) {
                used[i + k] = true;
            }
            i += Math.max(consumed, 1) - 1;
        }
        // What the tokens no name used contribute (slugs, near misses, unknown names), and on
        // which lines: an unknown name names its line as much as a known one ("3-CPMC kristal").
        List<Leftover> verdicts = new ArrayList<>();
        List<Integer> verdictLines = new ArrayList<>();
        Set<Integer> namedLines = new HashSet<>(matchedLines);
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                String raw = tokens.get(i).text();
                String folded = folds[i];
                Leftover verdict = cached(leftoverCache, raw, r -> leftover(r, folded));
                if (verdict.unknown()) {
                    unknown.putIfAbsent(folded, raw);
                }
                if (verdict.unknown() || !verdict.substances().isEmpty()) {
                    verdicts.add(verdict);
                    verdictLines.add(tokens.get(i).line());
                    namedLines.add(tokens.get(i).line());
                }
            }
        }
        Set<Integer> countedLines = new HashSet<>();
        pending.stream().filter(Pending::counted).forEach(p -> countedLines.add(p.line()));
        for (Pending p : pending) {
            if (!namedLines.contains(p.line()) && !(p.counted() && continuesNamedBlock(tokens, p.line(), namedLines, countedLines))) {
                found.putIfAbsent(p.substance().canonicalName(), p.substance());
                named(lineNames, p.line(), p.substance());
            }
        }
        for (int k = 0; k < verdicts.size(); k++) {
            int line = verdictLines.get(k);
            verdicts.get(k).substances().forEach(x -> {
                found.putIfAbsent(x.canonicalName(), x);
                named(lineNames, line, x);
            });
        }
        return new Recognition(new ArrayList<>(found.values()), new ArrayList<>(unknown.values()), lineNames);
    }

    /** Notes that a line names a substance (lines grow as needed; each name once per line). */
    private static void named(List<List<String>> lineNames, int line, Substance s) {
        while (lineNames.size() <= line) {
            lineNames.add(new ArrayList<>());
        }
        List<String> names = lineNames.get(line);
        if (!names.contains(s.canonicalName())) {
            names.add(s.canonicalName());
        }
    }

    /**
     * What a token no window matched contributes: known names inside a hyphenated slug, else a
     * near-miss spelling, else (if it looks like one) an unknown candidate. Amounts contribute
     * nothing. Depends only on the token, so it is cached.
     */
    private Leftover leftover(String raw, String folded) {
        if (new Token(raw, 0).isQuantityOrPrice()) {
            return Leftover.NOTHING;
        }
        List<Substance> inSlug = raw.indexOf('-') >= 0 ? insideHyphenated(raw) : List.of();
        if (!inSlug.isEmpty()) {
            return new Leftover(inSlug, false);
        }
        Optional<Substance> near = fuzzy.match(folded);
        if (near.isPresent()) {
            return new Leftover(List.of(near.get()), false);
        }
        return UnknownNames.looksLikeSubstance(raw, folded, notSubstances) ? Leftover.UNKNOWN : Leftover.NOTHING;
    }

    /** A token's contribution outside matched windows: substances found in it, or whether it is an unknown. */
    private record Leftover(List<Substance> substances, boolean unknown) {
        static final Leftover NOTHING = new Leftover(List.of(), false);
        static final Leftover UNKNOWN = new Leftover(List.of(), true);

        Leftover {
            substances = List.copyOf(substances);
        }
    }

    /** Per-token memo; tokens repeat a lot across posts. Bounded by starting afresh when full. */
    private static <T> T cached(Map<String, T> cache, String token, Function<String, T> compute) {
        if (token.length() > CACHE_MAX_TOKEN) {
            return compute.apply(token);
        }
        T value = cache.get(token);
        if (value == null) {
            value = compute.apply(token);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(token, value);
        }
        return value;
    }

    /**
     * An "alone" term waiting to see whether its line names something else.
     *
     * @param counted the term follows a number ("10 pillen"): it counts pieces of a product
     */
    private record Pending(Substance substance, int line, boolean counted) {}

    /**
     * Whether a tier line ("10 pillen 50") continues a block headed by a line that names a product
     * (known or unknown) without prices of its own: "2C-B\n10 pillen 50\n25 pillen 120" are 2C-B
     * pills, not ecstasy. The block runs upwards over tier lines (a counted term, or nothing but
     * amounts) to the first other line; an empty line ends it. A named line with prices of its own
     * ("Keta 1g 30") is a product of its own, so pills below it that name nothing are still ecstasy.
     */
    private static boolean continuesNamedBlock(List<Token> tokens, int line, Set<Integer> namedLines, Set<Integer> countedLines) {
        for (int l = line - 1; l >= 0; l--) {
            int current = l;
            List<Token> onLine = tokens.stream().filter(t -> t.line() == current).toList();
            if (onLine.isEmpty()) {
                return false;
            }
            if (namedLines.contains(l)) {
                return onLine.stream().noneMatch(Token::isNumber);
            }
            if (!countedLines.contains(l) && !onLine.stream().allMatch(Token::isQuantityOrPrice)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Matches the longest name starting at token i; returns how many tokens it used (0: none). A
     * window's key is the concatenation of its tokens' folds (see {@link Folding}); windows stop
     * growing as soon as their key is no prefix of any name.
     */
    private int matchAt(List<Token> tokens, String[] folds, int i, Context context, Map<String, Substance> found,
            List<Pending> pending, Set<Integer> matchedLines, List<List<String>> lineNames) {
        int line = tokens.get(i).line();
        String[] keys = new String[MAX_WINDOW + 1];
        int longest = 0;
        String key = "";
        while (longest < MAX_WINDOW && i + longest < tokens.size() && tokens.get(i + longest).line() == line) {
            key = key.concat(folds[i + longest]);
            if (!keyPrefixes.contains(key)) {
                break;
            }
            longest++;
            keys[longest] = key;
        }
        for (int n = longest; n >= 1; n--) {
            Substance s = strong.get(keys[n]);
            if (s != null) {
                found.putIfAbsent(s.canonicalName(), s);
                matchedLines.add(line);
                named(lineNames, line, s);
                return n;
            }
            Optional<Map.Entry<AmbiguousTerm, Substance>> amb = ambiguousMatch(keys[n], n, tokens, i, context);
            if (amb.isPresent()) {
                Substance a = amb.get().getValue();
                if (amb.get().getKey().alone()) {
                    boolean afterNumber = i > 0 && tokens.get(i - 1).line() == line && tokens.get(i - 1).isQuantityOrPrice();
                    pending.add(new Pending(a, line, afterNumber));
                } else {
                    found.putIfAbsent(a.canonicalName(), a);
                    matchedLines.add(line);
                    named(lineNames, line, a);
                }
                return n;
            }
        }
        return 0;
    }

    private Optional<Map.Entry<AmbiguousTerm, Substance>> ambiguousMatch(String key, int n, List<Token> tokens, int i,
            Context context) {
        List<Map.Entry<AmbiguousTerm, Substance>> candidates = ambiguous.get(key);
        if (candidates == null) {
            return Optional.empty();
        }
        String written = join(tokens, i, n);
        for (Map.Entry<AmbiguousTerm, Substance> e : candidates) {
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

    /**
     * Known names inside a token joined by hyphens, as URL slugs and image names write titles:
     * "3MMC-crystals", "HHC-vape", "4-FA-pellets-100mg", "Party-pack-3-MMC-2F-DCK". The token is
     * cut into parts; from the left, the longest run of parts that is a known name is taken, and
     * every other part must be a plain word or an amount ("100mg"). A part that is a chemical
     * fragment ("4F", "Cl", "ethyl") makes the whole token no match, so "4F-3-MMC" and
     * "N-ethyl-3-MMC" stay unknown candidates instead of becoming 3-MMC.
     */
    private List<Substance> insideHyphenated(String raw) {
        String[] parts = raw.split("-");
        if (parts.length < 2) {
            return List.of();
        }
        List<Substance> found = new ArrayList<>();
        int i = 0;
        while (i < parts.length) {
            int taken = 0;
            for (int len = Math.min(MAX_SLUG_PARTS, parts.length - i); len >= 1 && taken == 0; len--) {
                if (len == parts.length) {
                    continue;
                }
                Substance s = strong.get(Folding.fold(String.join("-", Arrays.copyOfRange(parts, i, i + len))));
                if (s != null) {
                    if (!found.contains(s)) {
                        found.add(s);
                    }
                    taken = len;
                }
            }
            if (taken == 0) {
                if (!isPlainPart(parts[i])) {
                    return List.of();
                }
                taken = 1;
            }
            i += taken;
        }
        return found;
    }

    private static boolean isPlainPart(String part) {
        String p = Folding.fold(part);
        boolean word = PLAIN_WORD.matcher(p).matches() && !UnknownNames.looksLikeSubstance(part, p, Set.of())
                && !UnknownNames.isChemicalFragment(p) && part.chars().filter(Character::isUpperCase).count() < 2;
        return word || AmountTokens.isQuantity(part);
    }

    private static String join(List<Token> tokens, int from, int n) {
        StringBuilder b = new StringBuilder(tokens.get(from).text());
        for (int k = 1; k < n; k++) {
            b.append(' ').append(tokens.get(from + k).text());
        }
        return b.toString();
    }
}
