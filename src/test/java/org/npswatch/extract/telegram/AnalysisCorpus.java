package org.npswatch.extract.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Every text the Telegram analysis regression checksums run over: the shipped labelled set, every
 * string value of the evaluation exports, every message of the evaluation previews, every line and
 * every whole file under {@code extract/telegram-eval/}, and a few edge cases (empty text, lone
 * punctuation, decomposed accents, ligatures, astral emoji) that the fixtures do not happen to hold.
 * Order is fixed (sorted paths), so a checksum over it is stable.
 */
final class AnalysisCorpus {
    private static final Path EVAL = Path.of("src/test/resources/extract/telegram-eval");
    private static final List<String> EDGE_CASES = List.of(
            "", " ", "?", "  ?  \n", "-", "'--'", "...", "@", "@a", "@ab", "@abc", "#", "€", "€5", "5€", "5k", "1.5g", "1,5 gram",
            "-5g-", "'coke'", "./../", "Ｔｅｓｔ ｃｏｋｅ ５ｇ", "ﬁne ﬂake", "cafe\u0301 Utrecht", "İSTANBUL ıı", "ẞ straße",
            "\uD83D\uDC8A\uD83C\uDF44❄️ 1g 60 | 2g 110 | 5g 250", "wie heeft\r\nkitkat?\r\n", "a\u2028b\u0085c",
            "s-Hertogenbosch 's-Hertogenbosch Den Haag den-haag 020 030", "---Amsterdam---'", "a b c d e f g h",
            "ZOEK 2c-b 4-mmc 3-cmc in 010!!!", "Tiers: 1=50, 2 = 90 / 5: 200 euro\n10 voor 350k", "🇳🇱🇧🇪 NL/BE bezorging");

    private AnalysisCorpus() {}

    static List<String> texts() {
        List<String> out = new ArrayList<>(EDGE_CASES);
        IntentClassifier.shippedExamples().forEach(e -> out.add(e.text()));
        try (Stream<Path> files = Files.walk(EVAL)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                out.add(content);
                out.addAll(content.lines().toList());
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    strings(new ObjectMapper().readTree(content), out);
                } else if (name.endsWith(".html")) {
                    for (Element e : Jsoup.parse(content).select(".tgme_widget_message_text")) {
                        out.add(e.wholeText());
                        out.add(e.text());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.forEach(child -> strings(child, out));
    }
}
