package org.npswatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.npswatch.model.ExtractedOffer;

/**
 * schema.org Product and Offer from HTML microdata ({@code itemscope}/{@code itemprop}). Each
 * top-level item is converted into the same tree shape as JSON-LD, so one reader
 * ({@link SchemaOrgProducts}) understands both.
 */
final class MicrodataExtractor implements Extractor {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final java.util.Set<String> URL_PROPERTIES = java.util.Set.of("url", "image", "logo", "item", "sameAs",
            "availability", "itemCondition", "mainEntityOfPage", "thumbnailUrl", "contentUrl", "additionalType", "@id");

    @Override
    public String name() {
        return "microdata";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        if (page.html().isEmpty()) {
            return List.of();
        }
        Document doc = page.html().orElseThrow();
        List<JsonNode> roots = new ArrayList<>();
        for (Element scope : doc.select("[itemscope]")) {
            if (!scope.hasAttr("itemprop") || scope.parents().stream().noneMatch(p -> p.hasAttr("itemscope"))) {
                roots.add(item(scope));
            }
        }
        if (roots.isEmpty()) {
            return List.of();
        }
        return new SchemaOrgProducts(roots, page, name()).offers(roots);
    }

    private static ObjectNode item(Element scope) {
        ObjectNode node = NODES.objectNode();
        String type = scope.attr("itemtype").strip();
        if (!type.isEmpty()) {
            node.put("@type", type.split("\\s+")[0]);
        }
        if (scope.hasAttr("itemid")) {
            node.put("@id", scope.attr("itemid"));
        }
        addProperties(scope, node);
        return node;
    }

    /** Properties of {@code scope}: descendants with itemprop not inside a nested item. */
    private static void addProperties(Element parent, ObjectNode node) {
        for (Element child : parent.children()) {
            if (child.hasAttr("itemprop")) {
                for (String prop : child.attr("itemprop").strip().split("\\s+")) {
                    add(node, prop, child.hasAttr("itemscope") ? item(child) : NODES.textNode(value(child, prop)));
                }
            }
            if (!child.hasAttr("itemscope")) {
                addProperties(child, node);
            }
        }
    }

    private static void add(ObjectNode node, String prop, JsonNode value) {
        JsonNode existing = node.get(prop);
        if (existing == null) {
            node.set(prop, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else {
            ArrayNode arr = NODES.arrayNode();
            arr.add(existing);
            arr.add(value);
            node.set(prop, arr);
        }
    }

    /**
     * The value of a property. The microdata rule gives a link's href; shops also put
     * {@code itemprop="name"} on the product link ({@code <a href="/3-MMC/SW1000" itemprop="name">3-MMC</a>}),
     * where the href would make the URL the product's name. So a link with text is read by its
     * text unless the property holds a URL by nature (url, image, availability, ...).
     */
    private static String value(Element e, String prop) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        return switch (e.normalName()) {
            case "a", "area" -> e.hasAttr("href") && (URL_PROPERTIES.contains(prop) || e.text().isBlank()) ? e.attr("href") : e.text();
            case "link" -> e.hasAttr("href") ? e.attr("href") : e.text();
            case "img", "audio", "video", "source" -> e.attr("src");
            case "meta" -> e.attr("content");
            case "data", "meter" -> e.attr("value");
            case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            default -> e.text();
        };
    }
}
