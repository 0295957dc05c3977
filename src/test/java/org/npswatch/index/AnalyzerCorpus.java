package org.npswatch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Substance;

/**
 * Texts the analyzer meets, taken from the project's own fixtures: Telegram export messages
 * (extract/telegram-eval), the labelled intent messages (telegram/intent-labelled.tsv), every
 * line of text in the extract fixtures (product names, descriptions, Telegram previews) and every
 * lexicon spelling, alone and inside an ad.
 */
final class AnalyzerCorpus {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private AnalyzerCorpus() {}

    /** Message texts of the Telegram exports under extract/telegram-eval. */
    static List<String> telegramMessages() {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files("/extract/telegram-eval").filter(p -> p.toString().endsWith(".json")).toList()) {
            try {
                for (JsonNode m : json.readTree(file.toFile()).path("messages")) {
                    String text = flatten(m.path("text"));
                    if (!text.isBlank()) {
                        out.add(text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        }
        return out;
    }

    private static String flatten(JsonNode text) {
        if (text.isTextual()) {
            return text.asText();
        }
        StringBuilder b = new StringBuilder();
        text.forEach(part -> b.append(part.isTextual() ? part.asText() : part.path("text").asText()));
        return b.toString();
    }

    /** The texts of telegram/intent-labelled.tsv (label, tab, text with "\n" for line breaks). */
    static List<String> intentMessages() {
        try (InputStream in = AnalyzerCorpus.class.getResourceAsStream("/telegram/intent-labelled.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && l.contains("\t"))
                    .map(l -> l.substring(l.indexOf('\t') + 1).replace("\\n", "\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("telegram/intent-labelled.tsv", e);
        }
    }

    /** Every non-blank line of every extract fixture, tags removed: product names among them. */
    static List<String> fixtureLines() {
        List<String> out = new ArrayList<>();
        for (Path file : files("/extract").filter(p -> !p.toString().endsWith(".py")).toList()) {
            try {
                TAG.matcher(Files.readString(file)).replaceAll("\n").lines()
                        .map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        }
        return out;
    }

    /** Every spelling the lexicon knows, alone, after an "a-", and inside a priced ad line. */
    static List<String> lexiconSpellings(Lexicon lexicon) {
        List<String> out = new ArrayList<>();
        for (Substance s : lexicon.substances()) {
            List<String> names = new ArrayList<>(s.synonyms());
            names.addAll(s.streetNames());
            names.add(s.canonicalName());
            for (String name : names) {
                out.add(name);
                out.add("a-" + name);
                out.add("Top " + name + " 5g - 40 | " + name.toUpperCase(java.util.Locale.ROOT) + " 10g 70€");
                out.add(name.replace('-', ' ') + " crystal " + name.replace("-", ""));
            }
        }
        return out;
    }

    private static Stream<Path> files(String resource) {
        try {
            Path root = Path.of(AnalyzerCorpus.class.getResource(resource).toURI());
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile).sorted().toList().stream();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
