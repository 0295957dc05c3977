package org.npswatch.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
 * with {@code #} and blank lines are ignored.
 */
public final class Lexicon {
    private final List<Substance> substances;
    private final Map<String, Substance> byFoldedName;

    private Lexicon(List<Substance> substances) {
        this.substances = List.copyOf(substances);
        Map<String, Substance> index = new HashMap<>();
        for (Substance s : substances) {
            index.putIfAbsent(Folding.fold(s.canonicalName()), s);
        }
        for (Substance s : substances) {
            for (String syn : s.synonyms()) {
                index.putIfAbsent(Folding.fold(syn), s);
            }
        }
        for (Substance s : substances) {
            for (String street : s.streetNames()) {
                index.putIfAbsent(Folding.fold(street), s);
            }
        }
        this.byFoldedName = Map.copyOf(index);
    }

    /** A lexicon of exactly these substances (tests, tools). */
    public static Lexicon of(Collection<Substance> substances) {
        return new Lexicon(new ArrayList<>(substances));
    }

    /** Loads every {@code *.txt} file under {@code dir/substances}. */
    public static Lexicon load(Path dir) {
        Path subDir = dir.resolve("substances");
        List<Substance> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(subDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.addAll(parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new LexiconException(subDir, "cannot read lexicon directory", e);
        }
        return new Lexicon(all);
    }

    /** The lexicon shipped inside the jar (a copy of {@code lexicons/}). */
    public static Lexicon fromClasspath() {
        List<Substance> all = new ArrayList<>();
        try (InputStream index = Lexicon.class.getResourceAsStream("/lexicons/substances/index.lst")) {
            if (index == null) {
                throw new LexiconException("lexicons/substances/index.lst", 0, "missing from the classpath");
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (name.isBlank()) {
                    continue;
                }
                try (InputStream in = Lexicon.class.getResourceAsStream("/lexicons/substances/" + name.strip())) {
                    if (in == null) {
                        throw new LexiconException("lexicons/substances/" + name, 0, "listed in index.lst but missing");
                    }
                    all.addAll(parse("lexicons/substances/" + name.strip(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new LexiconException(Path.of("lexicons/substances"), "cannot read from classpath", e);
        }
        return new Lexicon(all);
    }

    static List<Substance> parse(String file, String content) {
        List<Substance> out = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 6) {
                throw new LexiconException(file, i + 1, "expected 6 fields separated by '|', found " + f.length);
            }
            String name = f[0].strip();
            if (name.isEmpty()) {
                throw new LexiconException(file, i + 1, "empty canonical name");
            }
            SubstanceClass cls = parseEnum(SubstanceClass.class, f[1], file, i + 1, "class");
            LegalStatus status = parseEnum(LegalStatus.class, f[2], file, i + 1, "legal status");
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

    public List<Substance> substances() {
        return substances;
    }

    /** The substance a term (name, spelling or street name) denotes. */
    public Optional<Substance> lookup(String term) {
        return Optional.ofNullable(byFoldedName.get(Folding.fold(term)));
    }

    /** Every known name variant, folded, with the canonical name it denotes. */
    public Map<String, String> foldedVariants() {
        Map<String, String> out = new LinkedHashMap<>();
        byFoldedName.forEach((k, v) -> out.put(k, v.canonicalName()));
        return out;
    }

    /** Substances mentioned in a free text (product name, post) and unknown substance-like names. */
    public Recognition recognise(String text) {
        String[] tokens = text.split("[\\s,;:!?/|+()\\[\\]\"]+");
        LinkedHashMap<String, Substance> found = new LinkedHashMap<>();
        for (int i = 0; i < tokens.length; i++) {
            for (int n = Math.min(4, tokens.length - i); n >= 1; n--) {
                String candidate = String.join(" ", Arrays.copyOfRange(tokens, i, i + n));
                Optional<Substance> s = lookup(candidate);
                if (s.isPresent() && !candidate.isBlank()) {
                    found.putIfAbsent(s.get().canonicalName(), s.get());
                    i += n - 1;
                    break;
                }
            }
        }
        return new Recognition(new ArrayList<>(found.values()), List.of());
    }
}
