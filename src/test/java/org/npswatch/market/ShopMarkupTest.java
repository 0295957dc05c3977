package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.model.StockStatus;

/**
 * The markup of each platform carries what its truth says, in the places real extractors look.
 * Renders sites in memory (no server): jsoup here only checks the test input, it is not the
 * project's extractor.
 */
class ShopMarkupTest {
    private static final URI BASE = URI.create("http://127.0.0.1:8080/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ShopState shop(String id, int week) {
        MarketEvolution evolution = new MarketEvolution(7, Shops.ALL, MarketEvents.standard());
        List<ShopState> state = evolution.initial();
        for (int w = 1; w <= week; w++) {
            state = evolution.next(state, w);
        }
        return state.stream().filter(s -> s.spec().id().value().equals(id)).findFirst().orElseThrow();
    }

    private static Document page(Site site, PageTruth p) {
        String key = p.url().getRawQuery() == null ? p.url().getPath() : p.url().getPath() + "?" + p.url().getRawQuery();
        return Jsoup.parse(new String(site.resources().get(key).body(), StandardCharsets.UTF_8), p.url().toString());
    }

    private static List<PageTruth> products(Site site) {
        return site.pages().stream().filter(p -> p.kind() == PageTruth.Kind.PRODUCT).toList();
    }

    @Test
    void wooCommerceVariationsJsonHoldsEveryTierWithPriceAndStock() throws IOException {
        for (String id : List.of("rc-onderzoek-nl", "chemvault", "apotheek-direct")) {
            Site site = SimulatedMarket.render(shop(id, 0), BASE, 0);
            int variable = 0;
            for (PageTruth p : products(site)) {
                ShownOffer truth = p.offers().getFirst();
                Element form = page(site, p).selectFirst("form.variations_form");
                if (truth.tiers().size() == 1) {
                    assertEquals(null, form, p.url() + " simple product has no variations form");
                    continue;
                }
                variable++;
                JsonNode variations = JSON.readTree(form.attr("data-product_variations"));
                assertEquals(truth.tiers().size(), variations.size());
                for (int i = 0; i < variations.size(); i++) {
                    JsonNode v = variations.get(i);
                    assertTrue(v.get("attributes").fieldNames().next().startsWith("attribute_pa_"));
                    assertEquals(0, truth.tiers().get(i).price().amount().compareTo(v.get("display_price").decimalValue()));
                    assertEquals(truth.stock() == StockStatus.IN_STOCK, v.get("is_in_stock").asBoolean());
                }
            }
            assertTrue(variable > 0, id + " has variable products");
        }
    }

    @Test
    void wooCommerceJsonLdIsAYoastGraphInOneShopAndAnAggregateOfferInTheOther() throws IOException {
        Site yoast = SimulatedMarket.render(shop("chemvault", 0), BASE, 0);
        PageTruth p = products(yoast).getFirst();
        JsonNode graph = JSON.readTree(page(yoast, p).selectFirst("script.yoast-schema-graph").data());
        JsonNode product = null;
        for (JsonNode n : graph.get("@graph")) {
            product = n.get("@type").asText().equals("Product") ? n : product;
        }
        assertEquals(p.offers().getFirst().product(), product.get("name").asText());
        assertEquals(p.offers().getFirst().tiers().size(), product.get("offers").size());

        Site woo = SimulatedMarket.render(shop("rc-onderzoek-nl", 0), BASE, 0);
        PageTruth q = products(woo).stream().filter(x -> x.offers().getFirst().tiers().size() > 1).findFirst().orElseThrow();
        JsonNode ld = JSON.readTree(page(woo, q).selectFirst("script[type=application/ld+json]").data());
        JsonNode offer = ld.get("offers").get(0);
        assertEquals("AggregateOffer", offer.get("@type").asText());
        assertEquals(0, q.offers().getFirst().tiers().getFirst().price().amount().compareTo(new BigDecimal(offer.get("lowPrice").asText())));
        assertEquals(q.offers().getFirst().tiers().size(), offer.get("offerCount").asInt());
    }

    @Test
    void microdataProductPagesHaveOneOfferPerTier() {
        for (String id : List.of("reagenzien-de", "chemikalia-pl")) {
            Site site = SimulatedMarket.render(shop(id, 0), BASE, 0);
            for (PageTruth p : products(site)) {
                Document d = page(site, p);
                Element product = d.selectFirst("[itemscope][itemtype$=schema.org/Product]");
                assertEquals(p.offers().getFirst().product(), product.selectFirst("[itemprop=name]").text());
                Elements offers = product.select("[itemprop=offers]");
                assertEquals(p.offers().getFirst().tiers().size(), offers.size());
                for (Element o : offers) {
                    assertFalse(o.select("[itemprop=price]").attr("content").isEmpty());
                    assertEquals(p.offers().getFirst().tiers().getFirst().price().currency().getCurrencyCode(),
                            o.select("[itemprop=priceCurrency]").attr("content"));
                    assertTrue(o.select("[itemprop=availability]").attr("href").startsWith("https://schema.org/"));
                }
            }
        }
    }

    @Test
    void customShopProfilesSelectEveryOfferWithNamePriceAndStock() {
        for (String id : List.of("pelletpoint", "britchem-direct")) {
            ShopState state = shop(id, 0);
            ExtractionProfile profile = SimulatedMarket.profile(state.spec()).orElseThrow();
            Site site = SimulatedMarket.render(state, BASE, 0);
            Pattern outOfStock = Pattern.compile(profile.outOfStockPattern());
            int checked = 0;
            for (PageTruth p : site.pages()) {
                Elements offers = page(site, p).select(profile.offer());
                assertEquals(p.offers().size(), offers.size(), p.url().toString());
                for (int i = 0; i < offers.size(); i++) {
                    Element e = offers.get(i);
                    ShownOffer truth = p.offers().get(i);
                    assertEquals(truth.product(), e.selectFirst(profile.name()).text());
                    Elements prices = e.select(profile.price());
                    String priceText = prices.eachText().toString();
                    if (profile.quantity().isPresent()) {
                        assertEquals(truth.tiers().size(), prices.size());
                        assertEquals(truth.tiers().size(), e.select(profile.quantity().get()).size());
                    } else {
                        assertEquals(truth.tiers().size(), priceText.split("\\|").length, priceText);
                    }
                    boolean out = outOfStock.matcher(e.selectFirst(profile.stock().orElseThrow()).text()).find();
                    assertEquals(truth.stock() == StockStatus.OUT_OF_STOCK, out, truth.product());
                    checked++;
                }
            }
            assertTrue(checked > 10, id + " offers checked: " + checked);
        }
    }

    @Test
    void priceListsUseCommaDecimalsAndThousandSeparators() {
        Site site = SimulatedMarket.render(shop("pelletpoint", 0), BASE, 0);
        String all = site.resources().values().stream().map(r -> new String(r.body(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertTrue(Pattern.compile("1g \u20ac\\d+,\\d\\d \\| 5g").matcher(all).find());
        Site uk = SimulatedMarket.render(shop("britchem-direct", 0), BASE, 0);
        String ukAll = uk.resources().values().stream().map(r -> new String(r.body(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertTrue(Pattern.compile("\u00a3\\d+\\.\\d\\d").matcher(ukAll).find());
    }

    @Test
    void pharmacyListsPillsPerTenToThousandAndCocainePerGram() {
        ShopState pharmacy = shop("apotheek-direct", 0);
        List<String> substances = pharmacy.listings().stream().flatMap(l -> l.product().substances().stream()).toList();
        assertTrue(substances.contains("MDMA") && substances.contains("cocaine"), substances.toString());
        Listing pills = pharmacy.listings().stream().filter(l -> l.product().key().equals("mdmapills")).findFirst().orElseThrow();
        assertEquals(List.of("10 tab", "50 tab", "100 tab", "1000 tab"),
                pills.tiers(pharmacy.spec().currency()).stream().map(t -> t.quantity().toString()).toList());
        Site site = SimulatedMarket.render(pharmacy, BASE, 0);
        String page = new String(site.resources().get(WooCommerceSite.productPath(pills)).body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("1000 pillen") && page.contains("attribute_pa_aantal"));
    }
}
