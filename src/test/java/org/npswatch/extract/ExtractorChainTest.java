package org.npswatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Page;
import org.npswatch.model.SourceId;
import org.npswatch.model.StockStatus;

class ExtractorChainTest {
    private static final ExtractorChain CHAIN = ExtractorChain.forSource(Optional.empty());

    private static Page page(String url, String fixture) throws IOException {
        String type = fixture.endsWith(".json") ? "application/json" : "text/html; charset=UTF-8";
        return new Page(SourceId.of("test-shop"), URI.create(url), Instant.EPOCH, 200, type,
                Files.readAllBytes(Fixtures.path(fixture)), Optional.empty());
    }

    private static Page html(String url, String html) {
        return new Page(SourceId.of("test-shop"), URI.create(url), Instant.EPOCH, 200, "text/html",
                html.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    @Test
    void wooCommerceVariationsGiveTheTiersAndJsonLdTheName() throws IOException {
        ExtractorChain.Result r = CHAIN.extractWithReport(
                page("https://chemvoorraad.example/product/3-mmc-kristallen/", "woocommerce/product-3mmc.html"));
        assertEquals(PageKind.PRODUCT, r.kind());
        assertEquals(1, r.offers().size());
        ExtractedOffer o = r.offers().getFirst();
        assertEquals("3-MMC Kristallen", o.product());
        assertEquals("json-ld+woocommerce-variations", o.extractor());
        assertEquals("1 g 12.5 EUR; 5 g 50 EUR; 10 g 90 EUR; 25 g 200 EUR", tiers(o));
        assertEquals(Optional.of("3MMC-KR"), o.sku());
        assertEquals(StockStatus.IN_STOCK, o.stock());
    }

    @Test
    void relatedProductsOnAProductPageAreNotItsOffers() throws IOException {
        List<ExtractedOffer> offers = CHAIN.extract(
                page("https://chemvoorraad.example/product/3-mmc-kristallen/", "woocommerce/product-3mmc.html"));
        assertTrue(offers.stream().noneMatch(o -> o.product().contains("4-MMC") || o.product().contains("3-CMC")));
    }

    @Test
    void listingPageReadsEveryCardWithSalePriceAndRangeHandled() throws IOException {
        ExtractorChain.Result r = CHAIN.extractWithReport(page(
                "https://chemvoorraad.example/product-category/research-chemicals/", "woocommerce/category-research-chemicals.html"));
        assertEquals(PageKind.LISTING, r.kind());
        assertEquals(6, r.offers().size());
        ExtractedOffer range = r.offers().getFirst();
        assertEquals("3-MMC Kristallen", range.product());
        assertEquals(List.of(), range.tiers(), "a price range says nothing about what each price buys");
        ExtractedOffer sale = r.offers().stream().filter(o -> o.product().startsWith("Hexen")).findFirst().orElseThrow();
        assertEquals("1 g 15 EUR", tiers(sale), "the struck-out old price is not the price");
        assertTrue(r.offers().stream().allMatch(o -> o.extractor().equals("listing-cards")));
    }

    @Test
    void sameProductOnListingAndProductPageYieldsAnOfferOnEachWithRicherTiersOnTheProductPage() throws IOException {
        ExtractedOffer onListing = CHAIN.extract(page("https://chemvoorraad.example/product-category/research-chemicals/",
                "woocommerce/category-research-chemicals.html")).getFirst();
        ExtractedOffer onProduct = CHAIN.extract(page("https://chemvoorraad.example/product/3-mmc-kristallen/",
                "woocommerce/product-3mmc.html")).getFirst();
        assertEquals(OfferMerger.key(onListing.product()), OfferMerger.key(onProduct.product()));
        assertEquals(0, onListing.tiers().size());
        assertEquals(4, onProduct.tiers().size());
    }

    @Test
    void yoastGraphProductGroupResolvesVariantReferencesAndSkipsListPrices() throws IOException {
        List<ExtractedOffer> offers = CHAIN.extract(page("https://dissoshop.example/shop/2-fdck/", "yoast/graph-productgroup-2fdck.html"));
        assertEquals(1, offers.size(), "variants are read through their group, not as products of their own");
        assertEquals("1 g 14.9 USD; 5 g 59 USD; 10 g 99 USD", tiers(offers.getFirst()));
        assertEquals(Optional.of("2FDCK"), offers.getFirst().sku());
    }

    @Test
    void shopifyProductsJsonYieldsOneOfferPerProduct() throws IOException {
        ExtractorChain.Result r = CHAIN.extractWithReport(page("https://nordic-research.example/products.json", "shopify/products.json"));
        assertEquals(PageKind.PRODUCTS_JSON, r.kind());
        assertEquals(13, r.offers().size());
        ExtractedOffer mmc = r.offers().getFirst();
        assertEquals("3-MMC Crystal", mmc.product());
        assertEquals("1 g 12.5 EUR; 5 g 50 EUR; 10 g 90 EUR; 25 g 200 EUR", tiers(mmc));
        ExtractedOffer single = r.offers().get(1);
        assertEquals("1 pcs 25 EUR", tiers(single));
        assertEquals(StockStatus.OUT_OF_STOCK, single.stock());
    }

    @Test
    void shopifyProductPageEmbeddedJsonInCentsBeatsJsonLdOffersWithoutQuantities() throws IOException {
        List<ExtractedOffer> offers = CHAIN.extract(
                page("https://nordic-research.example/products/1cp-lsd-100mcg", "shopify/product-1cp-lsd.html"));
        assertEquals(1, offers.size());
        assertEquals("1 blotter 9 EUR; 5 blotter 35 EUR; 10 blotter 60 EUR", tiers(offers.getFirst()));
        assertEquals("json-ld+shopify-products-json", offers.getFirst().extractor());
    }

    @Test
    void microdataOffersPerPackAndRelatedItemWithoutPriceIsNoOffer() throws IOException {
        List<ExtractedOffer> offers = CHAIN.extract(
                page("https://fluorolabs.example/catalogue/stimulants/4-fa-pellets/", "microdata/product-4fa-pellets.html"));
        assertEquals(1, offers.size());
        assertEquals("4-FA Pellets 100mg", offers.getFirst().product());
        assertEquals("10 pellet 25 GBP; 25 pellet 55 GBP; 50 pellet 1000 GBP", tiers(offers.getFirst()));
        assertEquals("microdata", offers.getFirst().extractor());
    }

    @Test
    void customShopIsReadThroughItsProfile() throws IOException {
        ExtractorChain chain = ExtractorChain.forSource(Optional.of(Fixtures.profile("custom-b/profile.properties")));
        List<ExtractedOffer> offers = chain.extract(page("https://rsdirect.example/menu", "custom-b/menu.html"));
        assertEquals(List.of("Ketamine (needle shards)", "2C-B 20mg tabs", "GBL 99.9%"),
                offers.stream().map(ExtractedOffer::product).toList());
        assertEquals("1 g 25 GBP; 3.5 g 70 GBP; 28 g 400 GBP", tiers(offers.getFirst()));
        assertEquals(List.of(StockStatus.IN_STOCK, StockStatus.OUT_OF_STOCK, StockStatus.UNKNOWN),
                offers.stream().map(ExtractedOffer::stock).toList());
        assertTrue(offers.stream().allMatch(o -> o.extractor().equals("profile")));
    }

    @Test
    void withoutItsProfileACustomShopYieldsNothing() throws IOException {
        assertEquals(List.of(), CHAIN.extract(page("http://rclab-nl.example/assortiment.php", "custom-a/assortiment.html")));
    }

    @Test
    void nonOfferPagesYieldNoOffersThoughTheyNameSubstancesAndPrices() throws IOException {
        for (String[] p : new String[][] {
            {"https://chemvoorraad.example/faq/", "nonoffer/faq.html"},
            {"https://chemvoorraad.example/algemene-voorwaarden/", "nonoffer/terms.html"},
            {"https://chemwerk24.example/versand/", "nonoffer/shipping.html"},
            {"https://nordic-research.example/blogs/news/why-3-mmc-was-banned", "nonoffer/blog-post.html"}}) {
            ExtractorChain.Result r = CHAIN.extractWithReport(page(p[0], p[1]));
            assertEquals(PageKind.NON_OFFER, r.kind(), p[1]);
            assertEquals(List.of(), r.offers(), p[1]);
        }
    }

    @Test
    void faqMarkupAloneMakesANonOfferPageWhateverTheUrl() throws IOException {
        ExtractorChain.Result r = CHAIN.extractWithReport(page("https://chemvoorraad.example/?page_id=12", "nonoffer/faq.html"));
        assertEquals(PageKind.NON_OFFER, r.kind());
        assertEquals(List.of(), r.offers());
    }

    @Test
    void malformedPageIsReadAndTheBrokenJsonLdBlockReported() throws IOException {
        ExtractorChain.Result r = CHAIN.extractWithReport(page("https://meowshop.example/4-mmc-meow.html", "malformed/broken-product.html"));
        assertEquals(1, r.offers().size());
        assertEquals("1 g 22 EUR; 5 g 95 EUR", tiers(r.offers().getFirst()));
        List<String> problems = r.steps().getFirst().problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().startsWith("JSON-LD block 1"), problems.toString());
    }

    @Test
    void garbageNeverThrows() {
        for (String garbage : new String[] {"", "<", "<<<>>>", "{", "[1,2", "\u0000\u0001binary",
            "<script type=application/ld+json>{\"@type\":\"Product\",\"name\":\"X\",\"offers\":{\"price\":\"abc\"}}</script>",
            "<form class=variations_form data-product_variations='[{\"attributes\":1,\"display_price\":\"x\"}]'></form>",
            "<li class=product><h2>3-MMC</h2><span class=price>€</span></li>"}) {
            assertFalse(CHAIN.extract(html("https://x.example/p", garbage)).stream().anyMatch(o -> o.product().isEmpty()));
        }
        Page json = new Page(SourceId.of("x"), URI.create("https://x.example/products.json"), Instant.EPOCH, 200,
                "application/json", "{\"products\": [{\"title\": 5, \"variants\": \"no\"}]}".getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        assertEquals(List.of(), CHAIN.extract(json));
    }

    @Test
    void fiveMegabytePageIsHandledInReasonableTime() {
        StringBuilder sb = new StringBuilder("<html lang=\"nl\"><body class=\"archive\"><ul class=\"products\">");
        int cards = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("<li class=\"product type-product instock\"><a href=\"/product/p").append(cards)
                    .append("/\"><h2 class=\"woocommerce-loop-product__title\">3-MMC Kristallen batch ").append(cards)
                    .append("</h2><span class=\"price\"><span class=\"woocommerce-Price-amount amount\"><bdi>")
                    .append("<span class=\"woocommerce-Price-currencySymbol\">&euro;</span>12,50</bdi></span></span></a>")
                    .append("<p>Zuivere kristallen, labgetest. Alleen voor onderzoek. 1g per zakje, discreet verzonden.</p></li>\n");
            cards++;
        }
        sb.append("</ul></body></html>");
        // CPU time of this thread, not wall time: the build machine is shared and often loaded.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        ExtractorChain.Result r = CHAIN.extractWithReport(html("https://big.example/product-category/all/", sb.toString()));
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpu0);
        assertEquals(cards, r.offers().size());
        assertTrue(cpu.compareTo(Duration.ofSeconds(10)) < 0, "took " + cpu + " of CPU: " + r.steps());
        assertEquals(List.of("parse", "json-ld", "microdata", "woocommerce-variations", "shopify-products-json", "shopify-meta",
                "listing-cards"),
                r.steps().stream().map(ExtractorChain.StepReport::extractor).toList());
    }

    static String tiers(ExtractedOffer o) {
        return String.join("; ", o.tiers().stream()
                .map(t -> t.quantity().amount().toPlainString() + " " + t.quantity().unit().symbol() + " "
                        + t.price().amount().toPlainString() + " " + t.price().currency().getCurrencyCode())
                .toList());
    }
}
