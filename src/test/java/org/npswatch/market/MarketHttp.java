package org.npswatch.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny loopback HTTP client for the market tests. */
final class MarketHttp {
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<String> get(URI uri, String... headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    String body(URI uri) {
        try {
            HttpResponse<String> r = get(uri);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page URL reachable from a sitemap or sitemap index, following redirects of the sitemap itself. */
    List<String> sitemapUrls(URI sitemap) throws IOException {
        HttpResponse<String> r = get(sitemap);
        if (r.statusCode() == 301) {
            return sitemapUrls(URI.create(r.headers().firstValue("Location").orElseThrow()));
        }
        List<String> urls = new ArrayList<>();
        Matcher m = LOC.matcher(r.body());
        while (m.find()) {
            String loc = m.group(1).replace("&amp;", "&");
            if (r.body().contains("<sitemapindex")) {
                urls.addAll(sitemapUrls(URI.create(loc)));
            } else {
                urls.add(loc);
            }
        }
        return urls;
    }
}
