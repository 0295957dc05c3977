package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npswatch.config.WebshopConfig;
import org.npswatch.model.SourceId;
import org.npswatch.model.StockStatus;

/** The market over real loopback HTTP: robots, sitemaps, products JSON, conditional GET, weeks, outages. */
class SimulatedMarketTest {
    private static final long SEED = 42;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SimulatedMarket market;
    private final MarketHttp http = new MarketHttp();

    @BeforeAll
    static void start() {
        market = SimulatedMarket.start(SEED);
    }

    @AfterAll
    static void stop() {
        market.close();
    }

    private static SimulatedShop shop(String id) {
        return market.shops().stream().filter(s -> s.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static ShopTruth truth(String id) {
        return market.truth().shop(SourceId.of(id)).orElseThrow();
    }

    @Test
    void hasElevenShopsOnDistinctLoopbackPorts() {
        market.atWeek(0);
        List<SimulatedShop> shops = market.shops();
        assertEquals(11, shops.size());
        assertEquals(11, shops.stream().map(s -> s.baseUri().getPort()).distinct().count());
        assertTrue(shops.stream().allMatch(s -> s.baseUri().getHost().equals("127.0.0.1") && s.online()));
        assertEquals(Set.of("WooCommerce", "Shopify", "Shopware", "PrestaShop", "custom HTML", "contact page"),
                shops.stream().map(SimulatedShop::platform).collect(Collectors.toSet()));
    }

    @Test
    void everyShopServesRobotsWithDisallowAndASitemapListingEveryProductPage() throws IOException {
        market.atWeek(0);
        for (SimulatedShop s : market.shops()) {
            String robots = http.body(s.baseUri().resolve("/robots.txt"));
            assertTrue(robots.contains("Disallow: /"), s.id() + " robots.txt has a Disallow");
            String sitemapLine = robots.lines().filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow();
            URI sitemap = URI.create(sitemapLine.substring("Sitemap: ".length()).strip());
            assertEquals(s.baseUri().getPort(), sitemap.getPort(), s.id() + " sitemap on the shop's own host");
            List<String> urls = http.sitemapUrls(sitemap);
            ShopTruth truth = truth(s.id().value());
            for (PageTruth p : truth.pages()) {
                if (p.kind() == PageTruth.Kind.PRODUCT) {
                    assertTrue(urls.contains(p.url().toString()), s.id() + " sitemap lists " + p.url());
                }
            }
            for (String url : urls) {
                assertEquals(200, http.get(URI.create(url)).statusCode(), url);
            }
        }
    }

    @Test
    void everyPageOfTheTruthIsServedAndNamesItsProducts() throws IOException {
        market.atWeek(0);
        int pages = 0;
        for (ShopTruth shop : market.truth().shops()) {
            for (PageTruth p : shop.pages()) {
                HttpResponse<String> r = http.get(p.url());
                assertEquals(200, r.statusCode(), p.url().toString());
                for (ShownOffer o : p.offers()) {
                    String escaped = ShopSite.esc(o.product());
                    assertTrue(r.body().contains(escaped) || r.body().contains(o.product()), p.url() + " shows " + o.product());
                }
                pages++;
            }
        }
        assertTrue(pages > 200, "pages: " + pages);
    }

    @Test
    void nonOfferPagesNameSubstancesButOfferNothing() {
        market.atWeek(0);
        for (ShopTruth shop : market.truth().shops()) {
            List<PageTruth> info = shop.nonOfferPages();
            assertFalse(info.isEmpty(), shop.id() + " has non-offer pages");
            assertTrue(info.stream().allMatch(p -> p.offers().isEmpty()));
            boolean namesSubstance = info.stream().anyMatch(p -> {
                String body = http.body(p.url());
                return body.contains("3-MMC") || body.contains("3MMC");
            });
            assertTrue(namesSubstance, shop.id() + " has a non-offer page naming 3-MMC");
        }
    }

    @Test
    void shopifyProductsJsonHasShopifyShapeAndMatchesTheTruth() throws IOException {
        market.atWeek(0);
        for (String id : List.of("labpulse", "albion-research", "hhc-cloud")) {
            SimulatedShop s = shop(id);
            JsonNode root = JSON.readTree(http.body(s.baseUri().resolve("/products.json")));
            JsonNode products = root.get("products");
            ShopTruth truth = truth(id);
            assertEquals(truth.offers().size(), products.size());
            for (JsonNode p : products) {
                assertTrue(p.get("id").isNumber());
                assertTrue(p.get("title").isTextual());
                assertTrue(p.get("body_html").asText().startsWith("<p>"));
                ShownOffer offer = truth.offers().stream().filter(o -> o.product().equals(p.get("title").asText())).findFirst().orElseThrow();
                assertEquals(200, http.get(s.baseUri().resolve("/products/" + p.get("handle").asText())).statusCode());
                JsonNode variants = p.get("variants");
                assertEquals(offer.tiers().size(), variants.size());
                for (int i = 0; i < variants.size(); i++) {
                    JsonNode v = variants.get(i);
                    assertTrue(v.get("price").isTextual() && v.get("price").asText().matches("\\d+\\.\\d{2}"), v.toString());
                    assertEquals(0, offer.tiers().get(i).price().amount().compareTo(new java.math.BigDecimal(v.get("price").asText())));
                    assertTrue(v.get("available").isBoolean());
                    assertEquals(offer.stock() == StockStatus.IN_STOCK, v.get("available").asBoolean());
                    assertEquals(v.get("title").asText(), v.get("option1").asText());
                }
            }
            JsonNode page2 = JSON.readTree(http.body(s.baseUri().resolve("/products.json?limit=250&page=2")));
            assertEquals(0, page2.get("products").size());
        }
        JsonNode uk = JSON.readTree(http.body(shop("albion-research").baseUri().resolve("/products.json")));
        assertTrue(uk.toString().contains("grams\""), "UK shop writes '5 grams'");
    }

    @Test
    void answersNotModifiedWhenTheETagOrDateStillMatches() throws IOException {
        market.atWeek(0);
        URI faq = shop("chemvault").baseUri().resolve("/faq/");
        HttpResponse<String> first = http.get(faq);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = http.get(faq, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(304, http.get(faq, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, http.get(faq, "If-None-Match", "\"stale\"").statusCode());

        market.advanceWeek();
        assertEquals(304, http.get(faq, "If-None-Match", etag).statusCode(), "unchanged page keeps its ETag next week");
        market.atWeek(0);
    }

    @Test
    void changedPagesGetNewETagsAndDates() throws IOException {
        market.atWeek(0);
        Map<URI, String> before = etags();
        market.advanceWeek();
        Map<URI, String> after = etags();
        long changed = before.keySet().stream().filter(after::containsKey).filter(u -> !before.get(u).equals(after.get(u))).count();
        long same = before.keySet().stream().filter(after::containsKey).filter(u -> before.get(u).equals(after.get(u))).count();
        assertTrue(changed > 0, "some pages changed");
        assertTrue(same > changed, "most pages stay the same: same " + same + ", changed " + changed);
        market.atWeek(0);
    }

    private Map<URI, String> etags() throws IOException {
        Map<URI, String> tags = new java.util.HashMap<>();
        for (ShopTruth s : market.truth().shops()) {
            for (PageTruth p : s.pages()) {
                tags.put(p.url(), http.get(p.url()).headers().firstValue("ETag").orElseThrow());
            }
        }
        return tags;
    }

    @Test
    void aWeekAddsRemovesRepricesAndRestocksProducts() throws IOException {
        market.atWeek(0);
        MarketTruth w0 = market.truth();
        market.advanceWeek();
        MarketTruth w1 = market.truth();
        int added = 0;
        int removed = 0;
        int repriced = 0;
        int stockChanged = 0;
        for (ShopTruth s0 : w0.shops()) {
            ShopTruth s1 = w1.shop(s0.id()).orElseThrow();
            Map<String, ShownOffer> a = s0.offers().stream().collect(Collectors.toMap(ShownOffer::productKey, Function.identity()));
            Map<String, ShownOffer> b = s1.offers().stream().collect(Collectors.toMap(ShownOffer::productKey, Function.identity()));
            added += (int) b.keySet().stream().filter(k -> !a.containsKey(k)).count();
            for (String k : a.keySet()) {
                if (!b.containsKey(k)) {
                    removed++;
                    URI gone = s0.pages().stream().filter(p -> p.kind() == PageTruth.Kind.PRODUCT
                            && p.offers().getFirst().productKey().equals(k)).findFirst().orElseThrow().url();
                    assertEquals(404, http.get(gone).statusCode(), "removed product page " + gone);
                } else {
                    repriced += a.get(k).tiers().equals(b.get(k).tiers()) ? 0 : 1;
                    stockChanged += a.get(k).stock() == b.get(k).stock() ? 0 : 1;
                }
            }
        }
        assertTrue(added >= 1 && removed >= 1 && repriced >= 1 && stockChanged >= 1,
                "added " + added + " removed " + removed + " repriced " + repriced + " stock " + stockChanged);
        market.atWeek(0);
    }

    @Test
    void anInventedSubstanceAppearsInWeekTwo() {
        market.atWeek(1);
        assertFalse(market.truth().unknownNamesOnOffer().contains("3-CPMC"));
        market.atWeek(2);
        assertEquals(List.of("3-CPMC"), market.truth().unknownNamesOnOffer());
        ShownOffer novel = truth("chemvault").offers().stream().filter(o -> !o.unknownNames().isEmpty()).findFirst().orElseThrow();
        assertEquals(List.of(), novel.substances());
        PageTruth page = truth("chemvault").pages().stream()
                .filter(p -> p.kind() == PageTruth.Kind.PRODUCT && p.offers().getFirst().productKey().equals(novel.productKey()))
                .findFirst().orElseThrow();
        assertTrue(http.body(page.url()).contains("3-CPMC"));
        market.atWeek(0);
    }

    @Test
    void shopsGoOfflineAndComeBack() throws IOException {
        market.atWeek(3);
        SimulatedShop britchem = shop("britchem-direct");
        assertFalse(britchem.online());
        assertEquals(Availability.DOWN, britchem.availability());
        assertThrows(ConnectException.class, () -> http.get(britchem.baseUri().resolve("/robots.txt")));
        assertEquals(List.of(), truth("britchem-direct").pages());

        market.atWeek(4);
        SimulatedShop pl = shop("chemikalia-pl");
        HttpResponse<String> unavailable = http.get(pl.baseUri().resolve("/"));
        assertEquals(503, unavailable.statusCode());
        assertEquals("3600", unavailable.headers().firstValue("Retry-After").orElseThrow());

        market.atWeek(5);
        assertEquals(200, http.get(britchem.baseUri().resolve("/robots.txt")).statusCode());
        assertEquals(200, http.get(pl.baseUri().resolve("/")).statusCode());
        market.atWeek(0);
    }

    @Test
    void theSameSeedGivesTheSameMarketAndAnotherSeedAnother() throws IOException {
        market.atWeek(3);
        try (SimulatedMarket twin = SimulatedMarket.start(SEED); SimulatedMarket other = SimulatedMarket.start(SEED + 1)) {
            twin.atWeek(3);
            other.atWeek(3);
            assertEquals(offers(market.truth()), offers(twin.truth()));
            assertNotEquals(offers(market.truth()), offers(other.truth()));
            for (int i = 0; i < market.shops().size(); i++) {
                URI a = market.shops().get(i).baseUri();
                URI b = twin.shops().get(i).baseUri();
                if (market.shops().get(i).online()) {
                    String pageA = http.body(a.resolve("/")).replace(a.toString(), "BASE/");
                    String pageB = http.body(b.resolve("/")).replace(b.toString(), "BASE/");
                    assertEquals(pageA, pageB, market.shops().get(i).id() + " home page");
                }
            }
        }
        market.atWeek(0);
    }

    private static Set<String> offers(MarketTruth truth) {
        Set<String> all = new HashSet<>();
        truth.shops().forEach(s -> s.offers().forEach(o -> all.add(s.id() + "|" + o.product() + "|" + o.tiers() + "|" + o.stock())));
        return all;
    }

    @Test
    void webshopConfigsPointAtEachShopWithProfilesForCustomHtml(@org.junit.jupiter.api.io.TempDir Path dir) {
        List<WebshopConfig> configs = market.webshopConfigs(dir.resolve("simulated.yaml"));
        assertEquals(market.shops().size(), configs.size());
        for (int i = 0; i < configs.size(); i++) {
            WebshopConfig c = configs.get(i);
            SimulatedShop s = market.shops().get(i);
            assertEquals(s.id(), c.id());
            assertEquals(s.baseUri(), c.seeds().getFirst());
            assertEquals("127.0.0.1:" + s.baseUri().getPort(), c.host());
            assertTrue(c.politenessDelay().toMillis() <= 50);
            boolean custom = s.platform().equals("custom HTML");
            assertEquals(custom, c.profile().isPresent(), s.id() + " profile");
            assertTrue(c.skip().stream().anyMatch(p -> p.matcher(s.baseUri() + "cart").matches()));
        }
    }

    @Test
    void countsRequestsPerShop() throws IOException {
        SimulatedShop s = shop("pelletpoint");
        int before = market.requests(s.id()).size();
        http.get(s.baseUri().resolve("/robots.txt"));
        http.get(s.baseUri().resolve("/nope?utm_source=x"));
        List<String> after = market.requests(s.id());
        assertEquals(before + 2, after.size());
        assertEquals("GET /nope?utm_source=x", after.getLast());
    }
}
