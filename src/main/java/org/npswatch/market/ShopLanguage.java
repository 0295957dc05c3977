package org.npswatch.market;

import java.math.BigDecimal;
import org.npswatch.model.Quantity;
import org.npswatch.model.Unit;

/** The language a simulated shop is written in, with the interface words its platform shows. */
public enum ShopLanguage {
    EN("en", "en-US", "In stock", "Out of stock", "Add to cart", "Home", "Shop", "From", "Quantity", "News",
            "We use cookies to improve your experience. By continuing you accept our cookie policy.", "Accept"),
    EN_GB("en", "en-GB", "In stock", "Sold out", "Add to basket", "Home", "Shop", "From", "Quantity", "News",
            "We use cookies to give you the best experience. Read our cookie policy.", "Accept all"),
    NL("nl", "nl-NL", "Op voorraad", "Uitverkocht", "In winkelwagen", "Home", "Winkel", "Vanaf", "Hoeveelheid", "Nieuws",
            "Wij gebruiken cookies om onze website te verbeteren. Door verder te gaan ga je akkoord met ons cookiebeleid.",
            "Accepteren"),
    DE("de", "de-DE", "Auf Lager", "Ausverkauft", "In den Warenkorb", "Startseite", "Shop", "ab", "Menge", "Neuigkeiten",
            "Wir verwenden Cookies, um Ihnen das beste Einkaufserlebnis zu bieten.", "Alle akzeptieren"),
    PL("pl", "pl-PL", "Dost\u0119pny", "Niedost\u0119pny", "Dodaj do koszyka", "Strona g\u0142\u00f3wna", "Sklep", "od",
            "Ilo\u015b\u0107", "Aktualno\u015bci",
            "Ta strona u\u017cywa plik\u00f3w cookies. Korzystaj\u0105c ze strony wyra\u017casz zgod\u0119 na ich u\u017cycie.",
            "Akceptuj\u0119");

    final String htmlLang;
    final String localeTag;
    final String inStock;
    final String outOfStock;
    final String addToCart;
    final String home;
    final String shop;
    final String from;
    final String quantity;
    final String news;
    final String cookieText;
    final String cookieAccept;

    ShopLanguage(String htmlLang, String localeTag, String inStock, String outOfStock, String addToCart, String home,
            String shop, String from, String quantity, String news, String cookieText, String cookieAccept) {
        this.htmlLang = htmlLang;
        this.localeTag = localeTag;
        this.inStock = inStock;
        this.outOfStock = outOfStock;
        this.addToCart = addToCart;
        this.home = home;
        this.shop = shop;
        this.from = from;
        this.quantity = quantity;
        this.news = news;
        this.cookieText = cookieText;
        this.cookieAccept = cookieAccept;
    }

    /** How the shop writes a pack size. {@code compact} gives "1g", "10ml"; otherwise "1 gram", "10 ml". */
    String quantityLabel(Quantity q, boolean compact) {
        String n = number(q.amount());
        Unit u = q.unit();
        boolean one = q.amount().compareTo(BigDecimal.ONE) == 0;
        return switch (u) {
            case GRAM -> compact ? n + "g" : n + " " + gramWord(one);
            case MILLIGRAM -> compact ? n + "mg" : n + " mg";
            case MILLILITRE -> compact ? n + "ml" : n + " ml";
            case PELLET -> n + " " + (this == DE ? "Pellets" : this == PL ? "peletek" : one ? "pellet" : "pellets");
            case BLOTTER -> n + " " + (this == DE ? "Blotter" : this == PL ? "blotter\u00f3w" : one ? "blotter" : "blotters");
            case TABLET -> n + " " + pillWord(one);
            case CAPSULE -> n + " " + (this == DE ? "Kapseln" : this == PL ? "kapsu\u0142ek" : this == NL ? "capsules"
                    : one ? "capsule" : "capsules");
            default -> n + " " + pieceWord(one);
        };
    }

    private String gramWord(boolean one) {
        return switch (this) {
            case EN, EN_GB -> one ? "gram" : "grams";
            case NL -> "gram";
            case DE, PL -> "g";
        };
    }

    private String pillWord(boolean one) {
        return switch (this) {
            case EN, EN_GB -> one ? "pill" : "pills";
            case NL -> one ? "pil" : "pillen";
            case DE -> one ? "Tablette" : "Tabletten";
            case PL -> "tabletek";
        };
    }

    private String pieceWord(boolean one) {
        return switch (this) {
            case EN, EN_GB -> one ? "piece" : "pieces";
            case NL -> "stuks";
            case DE -> "St\u00fcck";
            case PL -> "szt.";
        };
    }

    private String number(BigDecimal amount) {
        String s = amount.stripTrailingZeros().toPlainString();
        return this == EN || this == EN_GB ? s : s.replace('.', ',');
    }
}
