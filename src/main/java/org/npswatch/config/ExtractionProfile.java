package org.npswatch.config;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * CSS selectors that tell how to read offers from a shop without structured data. Selectors
 * other than {@code offer} are evaluated inside each offer element.
 *
 * @param offer selects one element per offer (a product card or a product page's main block)
 * @param name the product name inside the offer element
 * @param price text holding one price or a tier list ("1g 12,50 | 5g 50"); every match is read
 * @param quantity optional quantity text belonging to the price ("5 gram") when the price text
 *     has none
 * @param stock optional element whose text or presence tells the stock status
 * @param outOfStockPattern regular expression matched against the stock text; a match means out
 *     of stock
 * @param description optional extra text used to recognise the substance
 * @param currency currency of prices that carry no symbol or code
 */
public record ExtractionProfile(
        String offer,
        String name,
        String price,
        Optional<String> quantity,
        Optional<String> stock,
        String outOfStockPattern,
        Optional<String> description,
        Currency currency) {
    public static final String DEFAULT_OUT_OF_STOCK =
            "(?i)out of stock|sold out|uitverkocht|niet op voorraad|ausverkauft|nicht (?:auf lager|verf\u00fcgbar)|brak w magazynie|niedost\u0119pn";

    public ExtractionProfile {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(stock, "stock");
        outOfStockPattern = outOfStockPattern == null ? DEFAULT_OUT_OF_STOCK : outOfStockPattern;
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(currency, "currency");
    }
}
