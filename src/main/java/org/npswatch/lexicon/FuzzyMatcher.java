package org.npswatch.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.npswatch.model.Substance;

/**
 * Bounded edit-distance matching of misspelt names ("metaphedron", "ketamin", "alprazolan").
 *
 * <p>Guards, because a chemical name one letter away from another is usually a different
 * substance: only purely alphabetic folded names of at least {@value #MIN_LENGTH} letters take
 * part (codes such as 3-CMC/3-CEC never do); the first {@value #PREFIX} letters must agree (new
 * analogues change the front: clobromazolam vs flubromazolam, metizolam vs etizolam); at most one
 * edit below {@value #TWO_EDITS_FROM} letters and two from there on; the nearest match must be
 * unique; and words on the not-a-substance list never match.
 */
final class FuzzyMatcher {
    static final int MIN_LENGTH = 6;
    static final int PREFIX = 3;
    static final int TWO_EDITS_FROM = 12;

    private final Map<String, List<Map.Entry<String, Substance>>> byPrefix = new HashMap<>();
    private final Set<String> notSubstances;

    FuzzyMatcher(Map<String, Substance> names, Set<String> notSubstances) {
        this.notSubstances = Set.copyOf(notSubstances);
        for (Map.Entry<String, Substance> e : names.entrySet()) {
            if (eligible(e.getKey())) {
                byPrefix.computeIfAbsent(e.getKey().substring(0, PREFIX), k -> new ArrayList<>()).add(e);
            }
        }
    }

    static boolean eligible(String folded) {
        return folded.length() >= MIN_LENGTH && folded.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** The one substance a folded word is a near-miss spelling of, if any. */
    Optional<Substance> match(String folded) {
        if (!eligible(folded) || notSubstances.contains(folded)) {
            return Optional.empty();
        }
        List<Map.Entry<String, Substance>> bucket = byPrefix.getOrDefault(folded.substring(0, PREFIX), List.of());
        int allowed = folded.length() >= TWO_EDITS_FROM ? 2 : 1;
        int best = allowed + 1;
        Substance found = null;
        boolean tie = false;
        for (Map.Entry<String, Substance> e : bucket) {
            int d = distance(folded, e.getKey(), allowed);
            if (d < best) {
                best = d;
                found = e.getValue();
                tie = false;
            } else if (d == best && found != null && !found.canonicalName().equals(e.getValue().canonicalName())) {
                tie = true;
            }
        }
        return best <= allowed && !tie ? Optional.ofNullable(found) : Optional.empty();
    }

    /** Optimal-string-alignment distance (edits plus adjacent transpositions), cut off above max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
