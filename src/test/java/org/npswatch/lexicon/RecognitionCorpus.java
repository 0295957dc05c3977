package org.npswatch.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.npswatch.model.Substance;

/**
 * A large, varied body of texts for checking that recognition results never change and for timing
 * it: every lexicon fixture, every Telegram evaluation fixture (whole and line by line), every
 * labelled Telegram message, every expected product name of the extraction fixtures, and every
 * name variant of the shipped lexicon.
 */
final class RecognitionCorpus {
    private static final Path TEST_RESOURCES = Path.of("src/test/resources");

    private RecognitionCorpus() {}

    static List<String> texts(Lexicon lexicon) {
        List<String> out = new ArrayList<>();
        for (Path p : files(TEST_RESOURCES.resolve("lexicon"))) {
            addWholeAndLines(read(p), out);
        }
        for (Path p : files(TEST_RESOURCES.resolve("extract/telegram-eval"))) {
            addWholeAndLines(read(p), out);
        }
        for (String line : read(Path.of("src/main/resources/telegram/intent-labelled.tsv")).split("\n")) {
            out.add(line.replace("\\n", "\n"));
        }
        for (Path p : files(TEST_RESOURCES.resolve("extract"))) {
            if (p.getFileName().toString().startsWith("expectations")) {
                read(p).lines().filter(l -> l.startsWith("offer:"))
                        .forEach(l -> out.add(l.substring("offer:".length()).split("\\|")[0].strip()));
            }
        }
        for (Substance s : lexicon.substances()) {
            out.add(s.canonicalName());
            out.addAll(s.synonyms());
            out.addAll(s.streetNames());
        }
        lexicon.ambiguousTerms().forEach(t -> out.add(t.term()));
        return out;
    }

    /** SHA-256 over every text's recognition in every context: substances and unknown candidates. */
    static String checksum(Lexicon lexicon, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Context c : Context.values()) {
                for (String t : texts) {
                    Recognition r = lexicon.recognise(t, c);
                    String row = c + "\u0001" + t + "\u0001" + r.canonicalNames() + "\u0001" + r.unknownCandidates()
                            + "\u0002";
                    sha.update(row.getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void addWholeAndLines(String content, List<String> out) {
        out.add(content);
        content.lines().forEach(out::add);
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
