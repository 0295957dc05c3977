package org.npswatch.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A name that is also an ordinary word, unit, brand or letter, with the contexts in which it
 * denotes a substance and the guards that apply there.
 *
 * @param term the name as listed
 * @param folded {@link Folding#fold(String)} of the term
 * @param contexts contexts in which the term is read as a substance name
 * @param uppercaseOnly the text must spell the term in capitals ("K", "DOM", "MET")
 * @param standalone the term must not directly follow a number ("5 g" is a weight, not GHB)
 * @param alone the term counts only when nothing else on its line names a substance ("2CB 10
 *     pillen" are 2C-B pills; "pillen 10st" alone are ecstasy pills)
 * @param preferred canonical name that wins when the term is shared by several substances
 */
public record AmbiguousTerm(
        String term,
        String folded,
        Set<Context> contexts,
        boolean uppercaseOnly,
        boolean standalone,
        boolean alone,
        Optional<String> preferred) {
    public AmbiguousTerm {
        contexts = Set.copyOf(contexts);
    }

    /** Whether this term counts as a substance name in that context. */
    public boolean allowedIn(Context context) {
        return contexts.contains(context);
    }

    /** Whether the text as written satisfies the case guard. */
    public boolean caseMatches(String asWritten) {
        return !uppercaseOnly || asWritten.equals(asWritten.toUpperCase(Locale.ROOT));
    }

    /** The term an unlisted short name gets in a lexicon built without an ambiguity list. */
    static AmbiguousTerm singleLetter(String term) {
        return new AmbiguousTerm(term, Folding.fold(term), EnumSet.of(Context.TELEGRAM_POST), true, true,
                false, Optional.empty());
    }

    /** Parses {@code ambiguous.lst}: {@code term | contexts | options}. */
    static List<AmbiguousTerm> parse(String file, String content) {
        List<AmbiguousTerm> out = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length < 2 || f.length > 3) {
                throw new LexiconException(file, i + 1, "expected 'term | contexts | options', found " + f.length
                        + " fields");
            }
            String term = f[0].strip();
            if (term.isEmpty()) {
                throw new LexiconException(file, i + 1, "empty term");
            }
            Set<Context> contexts = EnumSet.noneOf(Context.class);
            for (String c : f[1].split(",")) {
                if (!c.isBlank()) {
                    contexts.add(parseContext(c.strip(), file, i + 1));
                }
            }
            out.add(withOptions(term, contexts, f.length == 3 ? f[2] : "", file, i + 1));
        }
        return out;
    }

    private static Context parseContext(String raw, String file, int line) {
        try {
            return Context.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(file, line, "unknown context '" + raw + "'; one of "
                    + Arrays.toString(Context.values()));
        }
    }

    private static AmbiguousTerm withOptions(String term, Set<Context> contexts, String options, String file,
            int line) {
        boolean upper = false;
        boolean standalone = false;
        boolean alone = false;
        Optional<String> preferred = Optional.empty();
        for (String o : options.split(",")) {
            String opt = o.strip();
            if (opt.isEmpty()) {
                continue;
            }
            if (opt.equals("uppercase")) {
                upper = true;
            } else if (opt.equals("standalone")) {
                standalone = true;
            } else if (opt.equals("alone")) {
                alone = true;
            } else if (opt.startsWith("prefer=")) {
                preferred = Optional.of(opt.substring("prefer=".length()).strip());
            } else {
                throw new LexiconException(file, line, "unknown option '" + opt
                        + "'; one of uppercase, standalone, alone, prefer=CANONICAL");
            }
        }
        return new AmbiguousTerm(term, Folding.fold(term), contexts, upper, standalone, alone, preferred);
    }
}
