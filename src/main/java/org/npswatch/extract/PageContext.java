package org.npswatch.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.lexicon.MoneyParser;
import org.npswatch.lexicon.MoneyParser.DecimalMark;
import org.npswatch.model.Page;

/**
 * A page parsed once for all extractors: the HTML document or the JSON document, the JSON-LD
 * blocks, and the page's default currency and decimal mark (for prices that carry neither).
 *
 * @param problems things that could not be read (a broken JSON-LD block), for the chain report
 */
record PageContext(
        Page page,
        Optional<Document> html,
        Optional<JsonNode> json,
        List<JsonNode> jsonLd,
        Currency currency,
        DecimalMark decimalMark,
        Optional<ExtractionProfile> profile,
        List<String> problems) {
    private static final Currency EUR = Currency.getInstance("EUR");

    static PageContext of(Page page, Optional<ExtractionProfile> profile) {
        List<String> problems = new ArrayList<>();
        String text = page.text();
        if (page.isJson() || looksLikeJson(text)) {
            Optional<JsonNode> json = Json.parse(text, "JSON document", problems);
            Currency currency = profile.map(ExtractionProfile::currency).orElse(EUR);
            return new PageContext(page, Optional.empty(), json, json.stream().toList(), currency,
                    DecimalMark.UNKNOWN, profile, problems);
        }
        Document doc = Jsoup.parse(text, page.url().toString());
        List<JsonNode> jsonLd = new ArrayList<>();
        int i = 0;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Json.parse(script.data(), "JSON-LD block " + (++i), problems).ifPresent(jsonLd::add);
        }
        Locale locale = Locale.forLanguageTag(doc.select("html[lang]").attr("lang").replace('_', '-'));
        Currency currency = profile.map(ExtractionProfile::currency)
                .or(() -> declaredCurrency(doc, jsonLd))
                .or(() -> MoneyParser.findCurrency(priceTexts(doc)))
                .orElseGet(() -> currencyOfLocale(locale));
        return new PageContext(page, Optional.of(doc), Optional.empty(), List.copyOf(jsonLd), currency,
                DecimalMark.forLocale(locale), profile, problems);
    }

    private static boolean looksLikeJson(String text) {
        String s = text.stripLeading();
        return s.startsWith("{") || s.startsWith("[");
    }

    private static Optional<Currency> declaredCurrency(Document doc, List<JsonNode> jsonLd) {
        for (JsonNode root : jsonLd) {
            List<JsonNode> found = root.findValues("priceCurrency");
            for (JsonNode c : found) {
                Optional<Currency> cur = Json.text(c).flatMap(PageContext::currencyCode);
                if (cur.isPresent()) {
                    return cur;
                }
            }
        }
        String meta = doc.select("meta[property=product:price:currency], meta[property=og:price:currency],"
                + " [itemprop=priceCurrency]").stream()
                .map(e -> e.hasAttr("content") ? e.attr("content") : e.text())
                .findFirst().orElse("");
        return currencyCode(meta);
    }

    private static Optional<Currency> currencyCode(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            return MoneyParser.currency(code);
        }
        try {
            return Optional.of(Currency.getInstance(c));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String priceTexts(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Element e : doc.select(".woocommerce-Price-currencySymbol, .price, .money, [class*=price]")) {
            sb.append(e.text()).append('\n');
            if (sb.length() > 2_000) {
                break;
            }
        }
        return sb.toString();
    }

    private static Currency currencyOfLocale(Locale locale) {
        return switch (locale.getLanguage() + "-" + locale.getCountry()) {
            case "pl-", "pl-PL" -> Currency.getInstance("PLN");
            case "en-GB" -> Currency.getInstance("GBP");
            case "en-US" -> Currency.getInstance("USD");
            case "de-CH", "fr-CH", "it-CH" -> Currency.getInstance("CHF");
            default -> EUR;
        };
    }

    /** The main heading of a product page: WooCommerce's title, else the first h1, else og:title. */
    Optional<String> heading() {
        return html.flatMap(doc -> {
            Element h = doc.selectFirst("h1.product_title, h1.product-title, h1[itemprop=name], h1");
            if (h != null && !h.text().isBlank()) {
                return Optional.of(h.text().strip());
            }
            String og = doc.select("meta[property=og:title]").attr("content").strip();
            return og.isEmpty() ? Optional.empty() : Optional.of(og);
        });
    }
}
