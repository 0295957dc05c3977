package org.npswatch.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of an element with line breaks where the layout breaks lines (blocks, table
 * rows, list items, {@code <br>}), so a price table reads "1g € 12,50\n5g € 50" and tiers can be
 * told apart. Struck-out prices ({@code del}, {@code s}), text for screen readers only (it repeats
 * prices: "Original price was: €20,00"), list and reference prices and scripts are left out.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "table", "tbody", "thead", "section", "article", "dt", "dd", "option", "header", "footer");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of("del", "s", "strike", "script", "style", "noscript", "template");

    /**
     * Prices shown beside the selling price that are not what the offer costs: list ("statt")
     * prices, reference prices per base unit ("11,00 € / 1 Gramm"), prices before tax.
     */
    private static final Pattern NOT_THE_PRICE = Pattern.compile(
            "(?i)(?:^|\\s)(?:list-price|was-price|old-price|compare-at-price|price--compare|product-reference-price"
                    + "|reference-price|price-unit-reference|price-tax)(?:\\s|$)");

    private BlockText() {}

    static String of(Element element) {
        StringBuilder out = new StringBuilder();
        append(element, out);
        return out.toString().replaceAll("[ \\t\\x0B\\f\\r\u00A0]+", " ").replaceAll(" ?\\n[\\s]*", "\n").strip();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag) || e.hasClass("screen-reader-text") || e.hasClass("visually-hidden")
                        || e.hasClass("sr-only") || NOT_THE_PRICE.matcher(e.className()).find()) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    out.append('\n');
                } else if (CELLS.contains(tag)) {
                    out.append(' ');
                }
                append(e, out);
                if (block) {
                    out.append('\n');
                } else if (CELLS.contains(tag)) {
                    out.append(' ');
                }
            }
        }
    }
}
