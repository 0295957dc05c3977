package org.npswatch.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.npswatch.model.Unit;

/**
 * Unit words ("gram", "pillen", "Stück", "szt.") and the {@link Unit} each denotes, read from the
 * reviewable file {@code lexicons/units.txt}. Immutable and thread-safe.
 */
public final class UnitVocabulary {
    private static final String RESOURCE = "/lexicons/units.txt";
    private static volatile UnitVocabulary shipped;

    private final Map<String, Unit> byWord;

    private UnitVocabulary(Map<String, Unit> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** The vocabulary shipped inside the jar (a copy of {@code lexicons/units.txt}); cached. */
    public static UnitVocabulary shipped() {
        UnitVocabulary v = shipped;
        if (v == null) {
            try (InputStream in = UnitVocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new LexiconException("lexicons/units.txt", 0, "missing from the classpath");
                }
                v = parse("lexicons/units.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LexiconException(Path.of("lexicons/units.txt"), "cannot read from classpath", e);
            }
            shipped = v;
        }
        return v;
    }

    /** Reads a units file in the {@code word | symbol} format. */
    public static UnitVocabulary load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LexiconException(file, "cannot read units file", e);
        }
    }

    static UnitVocabulary parse(String file, String content) {
        Map<String, Unit> words = new HashMap<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 2 || f[0].isBlank()) {
                throw new LexiconException(file, i + 1, "expected 'word | unit symbol'");
            }
            String symbol = f[1].strip();
            int lineNo = i + 1;
            Unit unit = Unit.fromSymbol(symbol).orElseThrow(() -> new LexiconException(
                    file, lineNo, "unknown unit symbol '" + symbol + "'"));
            words.putIfAbsent(key(f[0]), unit);
        }
        return new UnitVocabulary(words);
    }

    /** The unit a word denotes, ignoring case and a trailing dot. */
    public Optional<Unit> unit(String word) {
        return Optional.ofNullable(byWord.get(key(word)));
    }

    private static String key(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        while (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
