package org.npswatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

class SourceConfigLoaderTest {
    private static final Path DIR = Path.of("src/test/resources/config/crawl-config");
    private final SourceConfigLoader loader = new SourceConfigLoader();

    @Test
    void loadsValidSourcesAndReportsBadFilesWithoutStoppingTheOthers() {
        SourceConfigLoader.Result r = loader.loadDirectory(DIR);

        assertEquals(List.of("custom-shop", "example-rc-shop", "example-tg-channel"),
                r.sources().stream().map(s -> s.id().value()).sorted().toList());
        assertEquals(2, r.errors().size());
        assertEquals("src/test/resources/config/crawl-config/broken-delay.yaml:6: politeness_delay: must be at least 1s, got 200ms",
                r.errors().get(0).getMessage());
        assertEquals("src/test/resources/config/crawl-config/broken-typo.yaml:6: max_page: unknown key (did you mean 'max_pages'?)",
                r.errors().get(1).getMessage());
    }

    @Test
    void readsEveryWebshopKeyIntoTypedValues() {
        WebshopConfig shop = (WebshopConfig) loader.loadDirectory(DIR).find(SourceId.of("example-rc-shop")).orElseThrow();

        assertEquals(List.of(URI.create("https://rc-shop.example/"), URI.create("https://rc-shop.example/shop/")), shop.seeds());
        assertEquals("rc-shop.example", shop.host());
        assertTrue(shop.follow().getFirst().matcher("https://rc-shop.example/product/3-mmc-crystal/").matches());
        assertTrue(shop.skip().get(1).matcher("https://rc-shop.example/shop/?add-to-cart=42").matches());
        assertEquals(800, shop.maxPages());
        assertEquals(Duration.ofSeconds(2), shop.politenessDelay());
        assertEquals("0 15 3 * * ?", shop.schedule());
        assertEquals(Duration.ofSeconds(20), shop.limits().readTimeout());
        assertEquals(4L * 1024 * 1024, shop.limits().maxPageBytes());
        assertEquals(FetchLimits.DEFAULTS.connectTimeout(), shop.limits().connectTimeout());
        assertTrue(shop.profile().isEmpty());
    }

    @Test
    void readsSelectorProfileWithDefaults() {
        WebshopConfig shop = (WebshopConfig) loader.loadDirectory(DIR).find(SourceId.of("custom-shop")).orElseThrow();
        ExtractionProfile p = shop.profile().orElseThrow();

        assertEquals("div.product-card", p.offer());
        assertEquals(".price-list li", p.price());
        assertEquals(".size", p.quantity().orElseThrow());
        assertEquals(Currency.getInstance("EUR"), p.currency());
        assertEquals(ExtractionProfile.DEFAULT_OUT_OF_STOCK, p.outOfStockPattern());
        assertEquals(SourceConfigLoader.DEFAULT_POLITENESS_DELAY.multipliedBy(3), shop.politenessDelay());
        assertEquals(SourceConfigLoader.DEFAULT_MAX_PAGES, shop.maxPages());
    }

    @Test
    void readsTelegramChannel() {
        TelegramConfig tg = (TelegramConfig) loader.loadDirectory(DIR).find(SourceId.of("example-tg-channel")).orElseThrow();

        assertEquals(SourceKind.TELEGRAM_CHANNEL, tg.kind());
        assertEquals("example_menu_channel", tg.username());
        assertEquals(TelegramConfig.Via.PREVIEW, tg.via());
        assertEquals(URI.create("https://t.me"), tg.previewBase());
        assertEquals(Duration.ofSeconds(5), tg.politenessDelay());
        assertEquals(1000, tg.maxMessagesPerRun());
    }

    @Test
    void namesFileLineKeyAndProblemForEachKindOfMistake() {
        Path f = Path.of("crawl-config/shop.yaml");
        assertError(f, "id: shop\nkind: webshop\nseeds: [https://a.example/, https://b.example/]\n",
                "crawl-config/shop.yaml:3: seeds: all seeds must be on the shop's host a.example, but https://b.example/ is not");
        assertError(f, "id: shop\nkind: webshop\nseeds: [ftp://a.example/]\n",
                "crawl-config/shop.yaml:3: seeds: 'ftp://a.example/' is not an absolute http(s) URL");
        assertError(f, "id: shop\nkind: webshop\nseeds: [https://a.example/]\nmax_pages: ten\n",
                "crawl-config/shop.yaml:4: max_pages: must be a whole number, got \"ten\"");
        assertError(f, "id: shop\nkind: webshop\nseeds: [https://a.example/]\nschedule: every day\n",
                "crawl-config/shop.yaml:4: schedule: not a Quartz cron expression");
        assertError(f, "id: shop\nkind: webshop\nseeds: [https://a.example/]\nfollow: ['(unclosed']\n",
                "crawl-config/shop.yaml:4: follow: '(unclosed' is not a valid regular expression");
        assertError(f, "id: Shop One\nkind: webshop\nseeds: [https://a.example/]\n",
                "crawl-config/shop.yaml:1: id: source id 'Shop One' must be");
        assertError(f, "id: shop\nkind: forum\n",
                "crawl-config/shop.yaml:2: kind: must be webshop, telegram_channel or telegram_group");
        assertError(f, "id: shop\nkind: webshop\nseeds: [https://a.example/]\nuser_agent: bot\n",
                "crawl-config/shop.yaml:4: user_agent: must contain a contact URL");
        assertError(f, "id: shop\nkind: webshop\nseeds: [https://a.example/]\nprofile:\n  offer: div\n  price: .p\n",
                "crawl-config/shop.yaml:4: profile.name: is required");
        assertError(f, "id: shop\nkind: webshop\nseeds: [https://a.example/]\nprofile:\n  offer: div\n  name: h2\n  price: .p\n  currency: EURO\n",
                "crawl-config/shop.yaml:8: profile.currency: 'EURO' is not an ISO 4217 currency code");
        assertError(f, "id: shop\nkind: webshop\n  seeds: [https://a.example/]\n",
                "crawl-config/shop.yaml:3: not valid YAML");
        assertError(f, "id: shop\nkind: webshop\nid: other\n",
                "crawl-config/shop.yaml:3: id: duplicate key (first at line 1)");
        assertError(f, "id: tg\nkind: telegram_group\nusername: a b\n",
                "crawl-config/shop.yaml:3: username: 'a b' is not a public Telegram username");
    }

    private void assertError(Path file, String yaml, String expectedStart) {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.parse(file, yaml));
        assertTrue(e.getMessage().startsWith(expectedStart), () -> "expected '" + expectedStart + "' but got '" + e.getMessage() + "'");
    }
}
