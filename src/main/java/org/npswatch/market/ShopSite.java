package org.npswatch.market;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.npswatch.market.CatalogueProduct.Category;
import org.npswatch.model.PriceTier;
import org.npswatch.model.StockStatus;

/**
 * Renders one shop's whole site for one week. Subclasses write the markup of one platform; this
 * class walks the pages every shop has and keeps the truth of each page next to its HTML, so the
 * two cannot disagree.
 */
abstract class ShopSite {
    private static final Map<Category, List<String>> CATEGORY_NAMES = new EnumMap<>(Map.of(
            Category.RC_STIMULANT, List.of("Stimulants", "Stimulantia", "Stimulanzien", "Stymulanty"),
            Category.RC_PSYCHEDELIC, List.of("Psychedelics", "Psychedelica", "Psychedelika", "Psychodeliki"),
            Category.RC_DISSOCIATIVE, List.of("Dissociatives", "Dissociatieven", "Dissoziativa", "Dysocjanty"),
            Category.RC_BENZO, List.of("Benzodiazepines", "Benzodiazepinen", "Benzodiazepine", "Benzodiazepiny"),
            Category.RC_CANNABINOID, List.of("Cannabinoids", "Cannabino\u00efden", "Cannabinoide", "Kannabinoidy"),
            Category.RC_OPIOID, List.of("Opioids", "Opio\u00efden", "Opioide", "Opioidy"),
            Category.SEMI_SYNTHETIC_CANNABINOID, List.of("HHC & Vapes", "HHC & Vapes", "HHC & Vapes", "HHC i waporyzatory"),
            Category.PHARMACY, List.of("Pharmacy", "Medicijnen", "Apotheke", "Apteka"),
            Category.PARTY, List.of("Party", "Feest & Lachgas", "Party", "Impreza"),
            Category.ACCESSORY, List.of("Accessories", "Accessoires", "Zubeh\u00f6r", "Akcesoria")));

    protected final ShopState shop;
    protected final ShopSpec spec;
    protected final ShopLanguage lang;
    protected final SiteBuilder out;
    protected final URI base;
    protected final LocalDate weekStart;
    private final MarketClock clock;

    ShopSite(ShopState shop, URI base, MarketClock clock, int week) {
        this.shop = shop;
        this.spec = shop.spec();
        this.lang = spec.language();
        this.base = base;
        this.clock = clock;
        this.weekStart = clock.weekStart(week);
        this.out = new SiteBuilder(base);
    }

    /** Renders every page, robots.txt and sitemaps. */
    final Site render() {
        robots();
        home();
        for (Category c : categories()) {
            category(c, listingsIn(c));
        }
        for (Listing l : shop.listings()) {
            product(l);
        }
        for (InfoPage p : InfoPage.of(lang, spec.title())) {
            info(p);
        }
        privatePages();
        sitemaps();
        out.notFound(notFoundPage());
        return out.build();
    }

    abstract void robots();

    abstract void home();

    abstract void category(Category c, List<Listing> listings);

    abstract void product(Listing l);

    abstract void info(InfoPage page);

    abstract void privatePages();

    abstract void sitemaps();

    abstract String notFoundPage();

    /** Categories that have at least one product this week, in a fixed order. */
    protected final List<Category> categories() {
        return java.util.Arrays.stream(Category.values())
                .filter(c -> shop.listings().stream().anyMatch(l -> l.product().category() == c))
                .toList();
    }

    protected final List<Listing> listingsIn(Category c) {
        return shop.listings().stream().filter(l -> l.product().category() == c).toList();
    }

    protected final String categoryName(Category c) {
        int i = switch (lang) {
            case EN, EN_GB -> 0;
            case NL -> 1;
            case DE -> 2;
            case PL -> 3;
        };
        return CATEGORY_NAMES.get(c).get(i);
    }

    protected final String categorySlug(Category c) {
        return Listing.slugOf(categoryName(c));
    }

    protected final List<PriceTier> tiers(Listing l) {
        return l.tiers(spec.currency());
    }

    protected final String qty(PriceTier t) {
        return lang.quantityLabel(t.quantity(), spec.compactQuantities());
    }

    protected final String money(BigDecimal amount) {
        return Prices.withSign(amount, spec.currency(), lang);
    }

    protected final String stockText(Listing l) {
        return l.inStock() ? lang.inStock : lang.outOfStock;
    }

    /** The main offer of a product page: every tier, stock stated. */
    protected final ShownOffer mainOffer(Listing l) {
        return offer(l, tiers(l), l.stock(), ShownOffer.Role.MAIN);
    }

    /** A product card: tiers only when the card states a pack size, stock as the card says. */
    protected final ShownOffer card(Listing l, List<PriceTier> shownTiers, StockStatus shownStock) {
        return offer(l, shownTiers, shownStock, ShownOffer.Role.CARD);
    }

    protected final List<ShownOffer> cards(List<Listing> listings, boolean withFirstTier, boolean withStock) {
        List<ShownOffer> offers = new ArrayList<>();
        for (Listing l : listings) {
            List<PriceTier> shown = withFirstTier || tiers(l).size() == 1 ? List.of(tiers(l).getFirst()) : List.of();
            offers.add(card(l, shown, withStock ? l.stock() : StockStatus.UNKNOWN));
        }
        return offers;
    }

    private static ShownOffer offer(Listing l, List<PriceTier> tiers, StockStatus stock, ShownOffer.Role role) {
        CatalogueProduct p = l.product();
        return new ShownOffer(l.name(), p.substances(), p.unknownNames(), tiers, stock, role, p.key());
    }

    /** The first products, as shops feature them on the home page. */
    protected final List<Listing> featured() {
        return shop.listings().subList(0, Math.min(8, shop.listings().size()));
    }

    protected final String sku(Listing l) {
        return spec.title().replaceAll("[^A-Za-z]", "").substring(0, 2).toUpperCase(java.util.Locale.ROOT) + "-"
                + l.product().key().toUpperCase(java.util.Locale.ROOT);
    }

    /** Absolute URL of a path on this shop. */
    protected final String abs(String path) {
        return base.resolve(path).toString();
    }

    protected final String weekDate() {
        return weekStart.toString();
    }

    protected final String firstSeenDate(Listing l) {
        return clock.weekStart(l.firstWeek()).toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#039;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
