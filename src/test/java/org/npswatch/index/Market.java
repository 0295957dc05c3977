package org.npswatch.index;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.Money;
import org.npswatch.model.Offer;
import org.npswatch.model.Post;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.SourceId;
import org.npswatch.model.StockStatus;
import org.npswatch.model.Unit;

/**
 * Four weekly crawls of three webshops and a week of one Telegram group, imitating what extract
 * and the Telegram parser hand the index: a Dutch research-chemical shop, a German one, and a
 * shop posing as a pharmacy. Events: a price cut and an out-of-stock in week 2, a listing that is
 * gone in week 2 and back in week 3, a new substance (3-CMC) in week 3, cocaine delisted in week 4.
 */
final class Market {
    static final SourceId CHEMSHOP = SourceId.of("chemshop-nl");
    static final SourceId RCLAB = SourceId.of("rc-lab-de");
    static final SourceId APOTHEEK = SourceId.of("apotheek-direct");
    static final SourceId TELEGRAM = SourceId.of("amsterdam-deals");

    static final Instant WEEK1 = Instant.parse("2026-03-02T06:00:00Z");
    static final Instant WEEK2 = Instant.parse("2026-03-09T06:00:00Z");
    static final Instant WEEK3 = Instant.parse("2026-03-16T06:00:00Z");
    static final Instant WEEK4 = Instant.parse("2026-03-23T06:00:00Z");

    private Market() {}

    static Offer mmc(int week) {
        // Week 2 cuts the 10 g price from 90 to 80 EUR: best price 9.00 -> 8.00 per gram.
        String tenGrams = week == 1 ? "90" : "80";
        return offer(CHEMSHOP, "https://chemshop.example.nl/product/3-mmc-crystal/", "3-MMC Crystal",
                List.of("3-MMC"), StockStatus.IN_STOCK, Optional.of("CS-3MMC"),
                tier("1", Unit.GRAM, "12.50", "EUR"), tier("5", Unit.GRAM, "50", "EUR"), tier("10", Unit.GRAM, tenGrams, "EUR"));
    }

    static Offer aphp(int week) {
        return offer(CHEMSHOP, "https://chemshop.example.nl/product/a-php/", "α-PHP 99% crystals",
                List.of("α-PHP"), week == 2 ? StockStatus.OUT_OF_STOCK : StockStatus.IN_STOCK, Optional.of("CS-APHP"),
                tier("1", Unit.GRAM, "15", "EUR"), tier("5", Unit.GRAM, "60", "EUR"));
    }

    static Offer lsd() {
        return offer(CHEMSHOP, "https://chemshop.example.nl/product/1p-lsd-150/", "1P-LSD Blotter 150mcg",
                List.of("1P-LSD"), StockStatus.IN_STOCK, Optional.of("CS-1PLSD"),
                tier("5", Unit.BLOTTER, "25", "EUR"), tier("10", Unit.BLOTTER, "45", "EUR"));
    }

    static Offer metaphedrone() {
        return offer(RCLAB, "https://rc-lab.example.de/shop/metaphedrone", "Metaphedrone Kristalle 10g",
                List.of("3-MMC"), StockStatus.IN_STOCK, Optional.empty(), tier("10", Unit.GRAM, "85", "EUR"));
    }

    static Offer pica() {
        return offer(RCLAB, "https://rc-lab.example.de/shop/5f-mdmb-pica", "5F-MDMB-PICA Premix",
                List.of("5F-MDMB-PICA"), StockStatus.IN_STOCK, Optional.empty(),
                tier("1", Unit.GRAM, "25", "EUR"), tier("5", Unit.GRAM, "100", "EUR"));
    }

    static Offer fdck() {
        return offer(RCLAB, "https://rc-lab.example.de/shop/2f-dck", "2F-DCK Pellets 50mg",
                List.of("2-FDCK"), StockStatus.UNKNOWN, Optional.empty(),
                tier("10", Unit.PELLET, "30", "EUR"), tier("20", Unit.PELLET, "50", "EUR"));
    }

    static Offer hhcVape() {
        return offer(RCLAB, "https://rc-lab.example.de/shop/hhc-vape", "HHC Vape Cartridge 1ml",
                List.of("HHC"), StockStatus.IN_STOCK, Optional.empty(), tier("1", Unit.MILLILITRE, "29.90", "EUR"));
    }

    static Offer cmc() {
        return offer(RCLAB, "https://rc-lab.example.de/shop/3-cmc", "3-CMC Crystal 5g",
                List.of("3-CMC"), StockStatus.IN_STOCK, Optional.empty(), tier("5", Unit.GRAM, "45", "EUR"));
    }

    static Offer mdma() {
        return offer(APOTHEEK, "https://apotheek-direct.example.nl/mdma-kristallen", "MDMA Kristallen 84%",
                List.of("MDMA"), StockStatus.IN_STOCK, Optional.empty(),
                tier("1", Unit.GRAM, "30", "EUR"), tier("5", Unit.GRAM, "125", "EUR"));
    }

    static Offer cocaine() {
        return offer(APOTHEEK, "https://apotheek-direct.example.nl/cocaine-puur", "Cocaïne 90% puur",
                List.of("Cocaine"), StockStatus.IN_STOCK, Optional.empty(),
                tier("1", Unit.GRAM, "60", "EUR"), tier("5", Unit.GRAM, "275", "EUR"));
    }

    static List<Offer> chemshop(int week) {
        List<Offer> out = new ArrayList<>(List.of(mmc(week), aphp(week)));
        if (week != 2) {
            out.add(lsd());
        }
        return out;
    }

    static List<Offer> rclab(int week) {
        List<Offer> out = new ArrayList<>(List.of(metaphedrone(), pica(), fdck(), hhcVape()));
        if (week >= 3) {
            out.add(cmc());
        }
        return out;
    }

    static List<Offer> apotheek(int week) {
        return week >= 4 ? List.of(mdma()) : List.of(mdma(), cocaine());
    }

    static Instant week(int week) {
        return List.of(WEEK1, WEEK2, WEEK3, WEEK4).get(week - 1);
    }

    static String crawlId(SourceId source, int week) {
        return source.value() + "-2026-W" + (9 + week);
    }

    /** WARC record ids by page URL, as the fetch stage reports them. */
    static Map<String, String> evidence(List<Offer> offers, int week) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Offer o : offers) {
            out.put(o.url().toString(), "<urn:uuid:" + Math.abs((o.url() + "|" + week).hashCode()) + ">");
        }
        return out;
    }

    /** Records the given weeks of all three shops. */
    static void crawlWeeks(OfferIndex index, int... weeks) {
        for (int w : weeks) {
            crawl(index, CHEMSHOP, w, chemshop(w));
            crawl(index, RCLAB, w, rclab(w));
            crawl(index, APOTHEEK, w, apotheek(w));
        }
    }

    static CrawlDiff crawl(OfferIndex index, SourceId source, int week, List<Offer> offers) {
        return index.recordCrawl(source, org.npswatch.model.SourceKind.WEBSHOP, crawlId(source, week), week(week),
                offers, evidence(offers, week));
    }

    static List<AnalysedPost> telegramWeek1() {
        String menu = "🔥 MENU 🔥\n❄️ coke 1g - 60 | 5g - 275\n💎 3MMC 5g - 40 | 10g - 70\nBezorging Amsterdam 020 en Utrecht";
        return List.of(
                post("1041", "2026-03-03T21:14:00Z", menu, Intent.OFFER, List.of("Cocaine", "3-MMC"),
                        List.of(tier("1", Unit.GRAM, "60", "EUR"), tier("5", Unit.GRAM, "275", "EUR"),
                                tier("5", Unit.GRAM, "40", "EUR"), tier("10", Unit.GRAM, "70", "EUR")),
                        List.of("Amsterdam", "Utrecht"), Optional.empty(), "seller-7f3a"),
                post("1042", "2026-03-04T09:02:00Z", "zoek 3mmc in Utrecht, wie heeft?", Intent.REQUEST,
                        List.of("3-MMC"), List.of(), List.of("Utrecht"), Optional.empty(), "buyer-19c2"),
                post("1057", "2026-03-05T21:15:00Z", menu + " !!", Intent.OFFER, List.of("Cocaine", "3-MMC"),
                        List.of(tier("1", Unit.GRAM, "60", "EUR"), tier("5", Unit.GRAM, "275", "EUR"),
                                tier("5", Unit.GRAM, "40", "EUR"), tier("10", Unit.GRAM, "70", "EUR")),
                        List.of("Amsterdam", "Utrecht"), Optional.of("amsterdam-deals/1041"), "seller-7f3a"),
                post("1060", "2026-03-06T12:00:00Z", "Keta 🐴 10g 200, XTC pillen 1000 stuks 1500 (groothandel)",
                        Intent.OFFER, List.of("Ketamine", "MDMA"),
                        List.of(tier("10", Unit.GRAM, "200", "EUR"), tier("1000", Unit.TABLET, "1500", "EUR")),
                        List.of(), Optional.empty(), "seller-a210"),
                post("1061", "2026-03-09T10:00:00Z", "Groepsregels: geen scams, alleen verified sellers", Intent.OTHER,
                        List.of(), List.of(), List.of(), Optional.empty(), "admin-0001"));
    }

    private static AnalysedPost post(String id, String at, String text, Intent intent, List<String> substances,
            List<PriceTier> tiers, List<String> areas, Optional<String> duplicateOf, String author) {
        Post p = new Post(TELEGRAM, id, Instant.parse(at), text, Optional.of(author), Optional.empty(),
                Optional.empty(), Optional.of(1200));
        boolean trade = tiers.stream().anyMatch(t -> t.quantity().inBaseUnits().compareTo(new java.math.BigDecimal("1000")) >= 0);
        return new AnalysedPost(p, intent, substances, List.of(), tiers, trade, areas, duplicateOf);
    }

    static Offer offer(SourceId source, String url, String product, List<String> substances, StockStatus stock,
            Optional<String> sku, PriceTier... tiers) {
        return new Offer(source, URI.create(url), product, substances, List.of(), Arrays.asList(tiers), stock, sku);
    }

    static PriceTier tier(String quantity, Unit unit, String price, String currency) {
        return new PriceTier(Quantity.of(quantity, unit), Money.of(price, currency));
    }
}
