package org.npswatch.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.WebshopConfig;
import org.npswatch.model.Page;
import org.npswatch.model.SourceId;

/** The kruidenshop fixture (src/test/resources/fetch/kruidenshop) served by WireMock on loopback. */
final class FixtureShop implements AutoCloseable {
    static final String USER_AGENT = "npswatch-test/1.0 (+https://npswatch.example/contact)";
    static final SourceId SOURCE = SourceId.of("kruidenshop");

    /** Path served -> fixture file, for the HTML pages every crawl of the whole shop delivers. */
    static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("/", "index.html"),
            Map.entry("/category/research-chemicals/", "category-research-chemicals.html"),
            Map.entry("/category/research-chemicals/page/2/", "category-research-chemicals-2.html"),
            Map.entry("/product/3-mmc/", "product-3-mmc.html"),
            Map.entry("/product/2-fdck/", "product-2-fdck.html"),
            Map.entry("/product/4-ho-met/", "product-4-ho-met.html"),
            Map.entry("/product/hhc-vape/", "product-hhc-vape.html"),
            Map.entry("/product/o-dsmt/", "product-o-dsmt.html"),
            Map.entry("/faq/", "faq.html"),
            Map.entry("/nieuws/", "nieuws.html"),
            Map.entry("/nieuws/nieuwe-producten/", "nieuwe-producten.html"));

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));

    FixtureShop() {
        server.start();
    }

    /** Serves the whole shop: pages, robots.txt, sitemaps, products JSON and the odd links. */
    FixtureShop serveAll() {
        PAGES.forEach((path, file) -> page(path, file));
        stub("/robots.txt", ok("text/plain", text("robots.txt")));
        stub("/sitemap_index.xml", ok("application/xml", text("sitemap_index.xml")));
        stub("/sitemap-products.xml", ok("application/xml", text("sitemap-products.xml")));
        stub("/sitemap-pages.xml", ok("text/xml; charset=utf-8", text("sitemap-pages.xml")));
        stub("/products.json", ok("application/json; charset=utf-8", text("products.json")));
        stub("/download?file=7", ok("application/pdf", "%PDF-1.7\n% invented certificate\n".repeat(50)));
        stub("/aanbieding/", aResponse().withStatus(301).withHeader("Location", "/category/research-chemicals/"));
        stub("/go/partner", aResponse().withStatus(302).withHeader("Location", offHost("/partner-landing")));
        return this;
    }

    void page(String path, String file) {
        stub(path, ok("text/html; charset=utf-8", text(file)));
    }

    void stub(String pathAndQuery, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlEqualTo(pathAndQuery)).willReturn(response));
    }

    static ResponseDefinitionBuilder ok(String contentType, String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body);
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    URI url(String path) {
        return URI.create(base() + path);
    }

    /** The same server under another host name: a different host for the crawler. */
    String offHost(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A fixture file with {@code http://shop.test} replaced by this server's base URL. */
    String text(String file) {
        try (InputStream in = FixtureShop.class.getResourceAsStream("/fetch/kruidenshop/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("http://shop.test", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebshopConfig config(Duration delay, int maxPages, FetchLimits limits, String... extraSeeds) {
        List<URI> seeds = new ArrayList<>();
        seeds.add(url("/"));
        for (String s : extraSeeds) {
            seeds.add(url(s));
        }
        return new WebshopConfig(SOURCE, seeds, List.of(), List.of(Pattern.compile(".*/cart/.*")), maxPages, delay,
                "0 0 4 * * ?", USER_AGENT, Optional.empty(), limits, Path.of("crawl-config/kruidenshop.yaml"));
    }

    WebshopConfig config() {
        return config(Duration.ofMillis(20), 100, limits(2, Duration.ofSeconds(2)));
    }

    static FetchLimits limits(int maxRetries, Duration readTimeout) {
        return new FetchLimits(Duration.ofSeconds(2), readTimeout, 256 * 1024, maxRetries, Duration.ofSeconds(5));
    }

    int requests(String pathAndQuery) {
        return server.findAll(getRequestedFor(urlEqualTo(pathAndQuery))).size();
    }

    int totalRequests() {
        return server.getAllServeEvents().size();
    }

    /** Requests in the order the server received them. */
    List<ServeEvent> served() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A sink that keeps what it is given. */
    static final class RecordingSink implements PageSink {
        final List<Page> pages = new ArrayList<>();
        final List<URI> unchanged = new ArrayList<>();

        @Override
        public synchronized void accept(Page page) {
            pages.add(page);
        }

        @Override
        public synchronized void unchanged(URI url, String warcRecordId) {
            unchanged.add(url);
        }

        synchronized List<String> paths() {
            return pages.stream().map(p -> p.url().getPath() + (p.url().getQuery() == null ? "" : "?" + p.url().getQuery()))
                    .sorted().toList();
        }
    }
}
