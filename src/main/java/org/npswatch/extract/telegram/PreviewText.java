package org.npswatch.extract.telegram;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The plain text of a message text div of the web preview, as the reader sees it: {@code <br>} as
 * a line break, emoji images as the emoji characters, links and formatting as their text.
 */
final class PreviewText {
    /** Emoji image names are the hex of the emoji's UTF-8 bytes: {@code .../emoji/40/E29D84.png}. */
    private static final Pattern EMOJI_IMAGE = Pattern.compile("/emoji/[^/]+/([0-9A-Fa-f]+)\\.png");

    private PreviewText() {}

    static String of(Element textDiv) {
        StringBuilder sb = new StringBuilder();
        append(textDiv, sb);
        return tidy(sb);
    }

    private static void append(Element parent, StringBuilder sb) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode t) {
                // Line breaks in the page source are layout, not content: Telegram writes them as <br>.
                sb.append(t.getWholeText().replaceAll("[ \\t]*\\R[ \\t]*", " "));
            } else if (child instanceof Element e) {
                appendElement(e, sb);
            }
        }
    }

    private static void appendElement(Element e, StringBuilder sb) {
        switch (e.normalName()) {
            case "br" -> sb.append('\n');
            case "i" -> {
                if (e.hasClass("emoji")) {
                    sb.append(emoji(e));
                } else {
                    append(e, sb);
                }
            }
            case "blockquote", "pre", "p" -> {
                newLine(sb);
                append(e, sb);
                newLine(sb);
            }
            case "script", "style", "svg" -> {
                // never message text
            }
            default -> append(e, sb);
        }
    }

    /** The character is in a {@code <b>} inside the emoji {@code <i>}; older pages only name the image. */
    static String emoji(Element i) {
        String shown = i.text();
        if (!shown.isBlank()) {
            return shown;
        }
        Matcher m = EMOJI_IMAGE.matcher(i.attr("style"));
        if (m.find() && m.group(1).length() % 2 == 0) {
            return new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_8);
        }
        return "";
    }

    private static void newLine(StringBuilder sb) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    private static String tidy(StringBuilder sb) {
        String text = sb.toString().replace('\u00A0', ' ');
        return text.replaceAll("[ \\t]+\\n", "\n").strip();
    }
}
