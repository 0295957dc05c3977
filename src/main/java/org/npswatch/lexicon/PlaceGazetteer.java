package org.npswatch.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Delivery areas named in posts: Dutch and Belgian cities, regions, area codes ("020", "010")
 * and countries, from {@code lexicons/places.txt}. Matches whole words only, so "nl" inside a
 * word or "03" inside "030" never match.
 */
public final class PlaceGazetteer {
    private static final int MAX_WORDS = 4;
    /** What separates words; compiled once (String.split would compile it per call). */
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}'\\-]+");
    private final Map<String, String> byAlias;
    /** First words of the aliases of two or more words: only after these is a longer phrase looked up. */
    private final Set<String> phraseStarts;

    private PlaceGazetteer(Map<String, String> byAlias) {
        this.byAlias = Map.copyOf(byAlias);
        Set<String> starts = new HashSet<>();
        for (String alias : byAlias.keySet()) {
            int space = alias.indexOf(' ');
            if (space > 0) {
                starts.add(alias.substring(0, space));
            }
        }
        this.phraseStarts = Set.copyOf(starts);
    }

    public static PlaceGazetteer load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LexiconException(file, "cannot read", e);
        }
    }

    public static PlaceGazetteer fromClasspath() {
        try (InputStream in = PlaceGazetteer.class.getResourceAsStream("/lexicons/places.txt")) {
            if (in == null) {
                throw new LexiconException("lexicons/places.txt", 0, "missing from the classpath");
            }
            return parse("lexicons/places.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LexiconException(Path.of("lexicons/places.txt"), "cannot read from classpath", e);
        }
    }

    static PlaceGazetteer parse(String file, String content) {
        Map<String, String> byAlias = new HashMap<>();
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 3) {
                throw new LexiconException(file, i + 1, "expected 3 fields separated by '|': place | kind | aliases");
            }
            String place = f[0].strip();
            if (!Set.of("city", "region", "country").contains(f[1].strip())) {
                throw new LexiconException(file, i + 1, "kind must be city, region or country, got '" + f[1].strip() + "'");
            }
            byAlias.put(key(place), place);
            for (String alias : f[2].split(";")) {
                if (!alias.isBlank()) {
                    byAlias.put(key(alias), place);
                }
            }
        }
        return new PlaceGazetteer(byAlias);
    }

    /** The places a text names, canonical names in order of first mention. */
    public List<String> find(String text) {
        List<String> words = words(text);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            int longest = phraseStarts.contains(words.get(i)) ? Math.min(MAX_WORDS, words.size() - i) : 1;
            for (int n = longest; n >= 1; n--) {
                String place = byAlias.get(String.join(" ", words.subList(i, i + n)));
                if (place != null) {
                    found.add(place);
                    i += n - 1;
                    break;
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : SEPARATOR.split(s)) {
            String t = stripEdges(w);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The word without leading and trailing apostrophes and hyphens ("'s-hertogenbosch'" keeps its inner ones). */
    private static String stripEdges(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && (w.charAt(from) == '\'' || w.charAt(from) == '-')) {
            from++;
        }
        while (to > from && (w.charAt(to - 1) == '\'' || w.charAt(to - 1) == '-')) {
            to--;
        }
        return w.substring(from, to);
    }

    private static String key(String alias) {
        return String.join(" ", words(alias));
    }
}
