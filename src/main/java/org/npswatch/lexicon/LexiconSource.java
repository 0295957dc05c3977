package org.npswatch.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the lexicon's text files from a directory or from the classpath. Substance files are the
 * {@code *.txt} files under {@code substances/} (on the classpath: those named in
 * {@code index.lst}, because a jar cannot be listed portably; a test keeps the index complete);
 * {@code ambiguous.lst}, {@code misspellings.lst} and {@code not-substances.lst} sit beside them.
 */
final class LexiconSource {
    static final String DIR = "substances";
    static final String INDEX = "index.lst";
    static final String AMBIGUOUS = "ambiguous.lst";
    static final String MISSPELLINGS = "misspellings.lst";
    static final String NOT_SUBSTANCES = "not-substances.lst";

    /**
     * One file's text.
     *
     * @param name the file name as reported in errors
     * @param content its UTF-8 text
     */
    record Text(String name, String content) {}

    /**
     * Everything a lexicon is built from.
     *
     * @param substanceFiles the per-class substance files
     * @param ambiguous the ambiguity list, if present
     * @param misspellings the misspellings list, if present
     * @param notSubstances the list of words that are never substances, if present
     */
    record SourceFiles(List<Text> substanceFiles, Optional<Text> ambiguous, Optional<Text> misspellings,
            Optional<Text> notSubstances) {}

    private LexiconSource() {}

    static SourceFiles fromDirectory(Path root) {
        Path dir = root.resolve(DIR);
        List<Text> subs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                subs.add(new Text(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return new SourceFiles(subs, optionalFile(dir.resolve(AMBIGUOUS)), optionalFile(dir.resolve(MISSPELLINGS)),
                    optionalFile(dir.resolve(NOT_SUBSTANCES)));
        } catch (IOException e) {
            throw new LexiconException(dir, "cannot read lexicon directory", e);
        }
    }

    private static Optional<Text> optionalFile(Path f) throws IOException {
        return Files.isRegularFile(f)
                ? Optional.of(new Text(f.toString(), Files.readString(f, StandardCharsets.UTF_8)))
                : Optional.empty();
    }

    static SourceFiles fromClasspath() {
        String base = "lexicons/" + DIR + "/";
        String index = resource(base + INDEX)
                .orElseThrow(() -> new LexiconException(base + INDEX, 0, "missing from the classpath"));
        List<Text> subs = new ArrayList<>();
        for (String name : index.split("\\R")) {
            if (name.isBlank() || name.strip().startsWith("#")) {
                continue;
            }
            String path = base + name.strip();
            subs.add(new Text(path, resource(path)
                    .orElseThrow(() -> new LexiconException(path, 0, "listed in index.lst but missing"))));
        }
        return new SourceFiles(subs, resource(base + AMBIGUOUS).map(c -> new Text(base + AMBIGUOUS, c)),
                resource(base + MISSPELLINGS).map(c -> new Text(base + MISSPELLINGS, c)),
                resource(base + NOT_SUBSTANCES).map(c -> new Text(base + NOT_SUBSTANCES, c)));
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = LexiconSource.class.getResourceAsStream("/" + path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LexiconException(Path.of(path), "cannot read from classpath", e);
        }
    }

    /** Lines of a simple list file: blank lines and {@code #} comments dropped, each with its number. */
    static List<Line> lines(Text file) {
        List<Line> out = new ArrayList<>();
        String[] lines = file.content().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(new Line(i + 1, l));
            }
        }
        return out;
    }

    /**
     * A meaningful line of a list file.
     *
     * @param number one-based line number
     * @param text the stripped text
     */
    record Line(int number, String text) {}
}
