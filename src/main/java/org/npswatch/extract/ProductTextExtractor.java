package org.npswatch.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.StockStatus;

/**
 * Product pages without structured data and without a profile (hand-made PHP shops, OpenCart's
 * default theme, fake pharmacies): the page heading is the product, and the block around it with
 * a buy button holds its prices, as a tier table ("Menge | Preis", "Ilość | Cena"), a select
 * ("1 gram – € 30,00"), a price list ("1/5/10g: 12/50/90 €") or one price.
 *
 * <p>It runs only when the structured extractors found nothing on a page that is a product page
 * or unclassified. Guards, because a heading and a price also occur on pages that sell nothing:
 * the block must hold an amount with a currency mark and a buy control, and must not be a grid of
 * product cards (the listing extractor reads those). Related-product blocks, descriptions,
 * navigation and footers are left out of the price text.
 */
final class ProductTextExtractor implements Extractor {
    private static final int MAX_LEVELS = 4;
    private static final Evaluator LEFT_OUT = QueryParser.parse("nav, header, footer, script, style, h1, .related, .upsells,"
            + " .cross-sells, [class*=related], [class*=gerelateerd], [class*=zubehoer], [class*=accessor], [class*=recommend],"
            + " [class*=description], [class*=beschreibung], [class*=omschrijving], [class*=opis], [id*=description],"
            + " [class*=review], [class*=breadcrumb], [class*=cart-total], [id*=cart], .basket, .bag, .koszyk, .winkelwagen");
    private static final Evaluator CARDS = QueryParser.parse("li.product, .product-card, .product-item, .product-box,"
            + " .product-tile, .product-thumb, .card-product, .product-card-wrapper");
    private static final Evaluator CONTROLS = QueryParser.parse("button, input[type=submit], input[type=button], a.button, a.btn");
    private static final Pattern BUY = Pattern.compile("(?iu)add to (cart|basket|bag)|to cart|in den warenkorb|warenkorb"
            + "|in winkelwagen|winkelwagen|do koszyka|koszyk|\\bbuy\\b|kaufen|kopen|bestellen|bestel|order now|\\bkup\\b"
            + "|zamów|button-cart|add-to-cart");
    private static final Pattern CURRENCY_MARK = Pattern.compile("(?iu)[€£$]|\\b(eur|gbp|usd|chf|pln)\\b|z\u0142");

    @Override
    public String name() {
        return "product-text";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        if (page.html().isEmpty()) {
            return List.of();
        }
        Document doc = page.html().orElseThrow();
        Element heading = doc.select("h1").stream()
                .filter(h -> !h.text().isBlank() && h.closest("header, nav, footer") == null)
                .findFirst().orElse(null);
        if (heading == null) {
            return List.of();
        }
        Element scope = heading.parent();
        for (int level = 0; scope != null && level < MAX_LEVELS && !scope.normalName().equals("body"); level++) {
            if (scope.select(CARDS).size() >= 2) {
                return List.of();
            }
            String text = priceText(scope);
            if (CURRENCY_MARK.matcher(text).find() && hasBuyControl(scope)) {
                return offer(page, heading.text().strip(), text, scope).stream().toList();
            }
            scope = scope.parent();
        }
        return List.of();
    }

    private Optional<ExtractedOffer> offer(PageContext page, String name, String text, Element scope) {
        StockStatus stock = StockText.of(scope.select(".stock, [class*=stock], [class*=availab], [class*=voorraad],"
                + " [class*=lieferstatus], [class*=dostepn], [id*=availab]").text());
        if (stock == StockStatus.UNKNOWN) {
            stock = StockText.of(text);
        }
        // Only amounts with a currency mark are prices here: the block also holds article numbers,
        // reward points and delivery days.
        return CardReader.offer(page, name, text, stock, "", Optional.empty(), name(), Optional.empty());
    }

    private static String priceText(Element scope) {
        Element copy = scope.clone();
        copy.select(LEFT_OUT).remove();
        return BlockText.of(copy);
    }

    private static boolean hasBuyControl(Element scope) {
        for (Element c : scope.select(CONTROLS)) {
            String words = c.text() + " " + c.attr("value") + " " + c.id() + " " + c.className() + " " + c.attr("title");
            if (BUY.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }
}
