package org.npswatch.lexicon;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.npswatch.lexicon.LexiconSource.SourceFiles;
import org.npswatch.lexicon.LexiconSource.Text;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Substance;
import org.npswatch.model.SubstanceClass;

/**
 * The substance lexicon: canonical names, spellings and street names, class and legal status.
 * Immutable and thread-safe once built.
 *
 * <p>File format (one file per class under {@code lexicons/substances/}, UTF-8): one substance per
 * line, fields separated by {@code |}: canonical name | class | legal status | source of the legal
 * fact | synonyms separated by {@code ;} | street names separated by {@code ;}. Lines starting
 * with {@code #} and blank lines are ignored. Beside them: {@code ambiguous.lst} (names that are
 * also ordinary words, with the contexts where they count), {@code misspellings.lst}
 * ({@code misspelling | canonical}) and {@code not-substances.lst} (words never taken for a
 * substance). See docs/parts/lexicon.md.
 */
public final class Lexicon {
    private final List<Substance> substances;
    private final Map<String, Substance> strong;
    private final Map<String, List<Map.Entry<AmbiguousTerm, Substance>>> ambiguous;
    private final Map<String, List<String>> collisions;
    private final List<AmbiguousTerm> ambiguousTerms;
    private final FuzzyMatcher fuzzy;
    private final Recogniser recogniser;

    private Lexicon(List<Substance> substances, List<AmbiguousTerm> ambiguousTerms, List<Misspelling> misspellings,
            Set<String> notSubstances) {
        this.substances = List.copyOf(substances);
        this.ambiguousTerms = List.copyOf(ambiguousTerms);
        Map<String, AmbiguousTerm> ambiguousByKey = new HashMap<>();
        ambiguousTerms.forEach(t -> ambiguousByKey.put(t.folded(), t));
        Map<String, List<Substance>> byKey = namesByKey(substances);
        this.collisions = collisionsOf(byKey);
        Map<String, Substance> strongIndex = new LinkedHashMap<>();
        Map<String, List<Map.Entry<AmbiguousTerm, Substance>>> ambiguousIndex = new HashMap<>();
        byKey.forEach((key, owners) -> {
            AmbiguousTerm term = ambiguousByKey.get(key);
            if (term == null && key.length() == 1) {
                term = AmbiguousTerm.singleLetter(key.toUpperCase(Locale.ROOT));
            }
            if (term == null) {
                strongIndex.put(key, owners.getFirst());
            } else {
                Substance chosen = preferred(term, owners);
                ambiguousIndex.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new AbstractMap.SimpleImmutableEntry<>(term, chosen));
            }
        });
        for (Misspelling m : misspellings) {
            strongIndex.putIfAbsent(m.folded(), byCanonical(m));
        }
        List<String> orphans = ambiguousTerms.stream().filter(t -> !byKey.containsKey(t.folded()))
                .map(t -> "'" + t.term() + "'").toList();
        if (!orphans.isEmpty()) {
            throw new LexiconException(LexiconSource.AMBIGUOUS, 0, "term " + String.join(", ", orphans)
                    + " names no substance");
        }
        this.strong = Map.copyOf(strongIndex);
        this.ambiguous = Map.copyOf(ambiguousIndex);
        // Street names are slang, not spellings: a word one letter from "liquid X" is just "liquid".
        Map<String, Substance> spellings = new HashMap<>();
        Set<String> streets = streetKeys(substances);
        strongIndex.forEach((k, v) -> {
            if (!streets.contains(k)) {
                spellings.put(k, v);
            }
        });
        this.fuzzy = new FuzzyMatcher(spellings, notSubstances);
        this.recogniser = new Recogniser(strong, ambiguous, fuzzy, Set.copyOf(notSubstances));
    }

    private Substance byCanonical(Misspelling m) {
        return substances.stream().filter(s -> s.canonicalName().equals(m.canonical())).findFirst()
                .orElseThrow(() -> new LexiconException(m.file(), m.line(), "unknown canonical name '"
                        + m.canonical() + "'"));
    }

    private static Substance preferred(AmbiguousTerm term, List<Substance> owners) {
        return term.preferred()
                .flatMap(p -> owners.stream().filter(s -> s.canonicalName().equals(p)).findFirst())
                .orElse(owners.getFirst());
    }

    /** Every folded name, synonym and street name with the substances using it, canonical names first. */
    private static Map<String, List<Substance>> namesByKey(List<Substance> substances) {
        Map<String, List<Substance>> byKey = new LinkedHashMap<>();
        for (int pass = 0; pass < 3; pass++) {
            for (Substance s : substances) {
                List<String> names = switch (pass) {
                    case 0 -> List.of(s.canonicalName());
                    case 1 -> s.synonyms();
                    default -> s.streetNames();
                };
                for (String n : names) {
                    String key = Folding.fold(n);
                    if (!key.isEmpty()) {
                        List<Substance> owners = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!owners.contains(s)) {
                            owners.add(s);
                        }
                    }
                }
            }
        }
        return byKey;
    }

    private static Set<String> streetKeys(List<Substance> substances) {
        Set<String> names = new HashSet<>();
        Set<String> streets = new HashSet<>();
        for (Substance s : substances) {
            names.add(Folding.fold(s.canonicalName()));
            s.synonyms().forEach(n -> names.add(Folding.fold(n)));
            s.streetNames().forEach(n -> streets.add(Folding.fold(n)));
        }
        streets.removeAll(names);
        return streets;
    }

    private static Map<String, List<String>> collisionsOf(Map<String, List<Substance>> byKey) {
        Map<String, List<String>> out = new TreeMap<>();
        byKey.forEach((k, owners) -> {
            if (owners.size() > 1) {
                out.put(k, owners.stream().map(Substance::canonicalName).toList());
            }
        });
        return Map.copyOf(out);
    }

    /** A lexicon of exactly these substances (tests, tools), without ambiguity or misspelling lists. */
    public static Lexicon of(Collection<Substance> substances) {
        return new Lexicon(new ArrayList<>(substances), List.of(), List.of(), Set.of());
    }

    /** Loads every {@code *.txt} file under {@code dir/substances} and the lists beside them. */
    public static Lexicon load(Path dir) {
        return build(LexiconSource.fromDirectory(dir));
    }

    /** The lexicon shipped inside the jar (a copy of {@code lexicons/}). */
    public static Lexicon fromClasspath() {
        return build(LexiconSource.fromClasspath());
    }

    private static Lexicon build(SourceFiles files) {
        List<Substance> all = new ArrayList<>();
        for (Text t : files.substanceFiles()) {
            all.addAll(parse(t.name(), t.content()));
        }
        List<AmbiguousTerm> amb = files.ambiguous().map(t -> AmbiguousTerm.parse(t.name(), t.content()))
                .orElse(List.of());
        List<Misspelling> miss = files.misspellings().map(Misspelling::parse).orElse(List.of());
        Set<String> notSubstances = new HashSet<>();
        files.notSubstances().ifPresent(t -> LexiconSource.lines(t)
                .forEach(l -> notSubstances.add(Folding.fold(l.text()))));
        return new Lexicon(all, amb, miss, notSubstances);
    }

    static List<Substance> parse(String file, String content) {
        List<Substance> out = new ArrayList<>();
        for (LexiconSource.Line line : LexiconSource.lines(new Text(file, content))) {
            String[] f = line.text().split("\\|", -1);
            if (f.length != 6) {
                throw new LexiconException(file, line.number(), "expected 6 fields separated by '|', found "
                        + f.length);
            }
            String name = f[0].strip();
            if (name.isEmpty()) {
                throw new LexiconException(file, line.number(), "empty canonical name");
            }
            SubstanceClass cls = parseEnum(SubstanceClass.class, f[1], file, line.number(), "class");
            LegalStatus status = parseEnum(LegalStatus.class, f[2], file, line.number(), "legal status");
            if (f[3].isBlank()) {
                throw new LexiconException(file, line.number(), "empty source of the legal fact");
            }
            out.add(new Substance(name, cls, status, f[3].strip(), list(f[4]), list(f[5])));
        }
        return out;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String file, int line, String what) {
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(file, line, "unknown " + what + " '" + raw.strip() + "'; one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** All substances, in file order. */
    public List<Substance> substances() {
        return substances;
    }

    /**
     * The substance a term (name, spelling, misspelling or street name, ambiguous ones included)
     * denotes. A term with a dose or form attached ("3-MMC 500mg pellets") resolves when it names
     * exactly one substance and nothing unknown.
     */
    public Optional<Substance> lookup(String term) {
        String key = Folding.fold(term);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Substance s = strong.get(key);
        if (s != null) {
            return Optional.of(s);
        }
        List<Map.Entry<AmbiguousTerm, Substance>> amb = ambiguous.get(key);
        if (amb != null) {
            return Optional.of(amb.getFirst().getValue());
        }
        Optional<Substance> near = fuzzy.match(key);
        if (near.isPresent()) {
            return near;
        }
        Recognition r = recognise(term, Context.GENERAL);
        return r.substances().size() == 1 && r.unknownCandidates().isEmpty()
                ? Optional.of(r.substances().getFirst())
                : Optional.empty();
    }

    /**
     * Every name variant matched everywhere (canonical names, synonyms, unambiguous street names,
     * misspellings), folded, with the canonical name it denotes. Ambiguous terms are not included;
     * see {@link #ambiguousTerms()}.
     */
    public Map<String, String> foldedVariants() {
        Map<String, String> out = new LinkedHashMap<>();
        strong.forEach((k, v) -> out.put(k, v.canonicalName()));
        return out;
    }

    /** The names that only count in some contexts or spellings, as loaded from {@code ambiguous.lst}. */
    public List<AmbiguousTerm> ambiguousTerms() {
        return ambiguousTerms;
    }

    /** Folded names used by more than one substance, with the canonical names using them. */
    public Map<String, List<String>> collisions() {
        return collisions;
    }

    /** Substances mentioned in a free text of unknown origin, and unknown substance-like names. */
    public Recognition recognise(String text) {
        return recognise(text, Context.GENERAL);
    }

    /** Substances mentioned in a text from the given context, and unknown substance-like names. */
    public Recognition recognise(String text, Context context) {
        return recogniser.recognise(text, context);
    }
}
