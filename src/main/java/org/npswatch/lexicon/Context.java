package org.npswatch.lexicon;

/**
 * Where a text comes from. Short street names that are also ordinary words ("K", "G", "coke",
 * "crystal", "cola") mean a drug in a Telegram price list but rarely in a webshop product title,
 * so {@link AmbiguousTerm}s say in which contexts they count.
 */
public enum Context {
    /** Unknown origin: the default of {@link Lexicon#recognise(String)}; moderately strict. */
    GENERAL,
    /** A product name or title on a webshop: forms such as "crystals" or "ice" are not slang here. */
    WEBSHOP_PRODUCT,
    /** A Telegram post or price list: slang and single capital letters ("K 1g 25") are read. */
    TELEGRAM_POST
}
