package org.npswatch.market;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.npswatch.model.SourceId;

/**
 * Serves one simulated shop on its own loopback port with the JDK's HTTP server. Answers
 * conditional GETs: every resource carries a strong ETag of its bytes and a Last-Modified of the
 * simulated week in which its bytes last changed.
 */
final class ShopServer implements AutoCloseable {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** Query parameters that select different content; all others (tracking, sorting) are ignored. */
    private static final List<String> SIGNIFICANT_PARAMS = List.of("page", "before");

    static {
        // The JDK server otherwise leaves Nagle's algorithm on, and small responses then wait for
        // the client's delayed ACK (~40 ms each): a crawl of the market would be needlessly slow.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SourceId id;
    private final int port;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> lastModified = new HashMap<>();
    private final Map<String, String> etags = new HashMap<>();
    private volatile Site site;
    private volatile Availability availability = Availability.ONLINE;
    private HttpServer server;

    ShopServer(SourceId id, int port) {
        this.id = id;
        this.server = bind(port);
        this.port = server.getAddress().getPort();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    int port() {
        return port;
    }

    /** Serves {@code next} from now on; pages whose bytes did not change keep their Last-Modified. */
    synchronized void publish(Site next, Availability nextAvailability, Instant weekStart) {
        for (Map.Entry<String, Resource> e : next.resources().entrySet()) {
            String previous = etags.put(e.getKey(), e.getValue().etag());
            if (!e.getValue().etag().equals(previous)) {
                lastModified.put(e.getKey(), weekStart);
            }
        }
        this.site = next;
        this.availability = nextAvailability;
        if (nextAvailability == Availability.DOWN && server != null) {
            server.stop(0);
            server = null;
        } else if (nextAvailability != Availability.DOWN && server == null) {
            server = bind(port);
        }
    }

    /** Forgets ETags and dates, for replaying the market from week 0. */
    synchronized void forget() {
        etags.clear();
        lastModified.clear();
    }

    /** Every request seen since start, as "GET /path?query", oldest first. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private HttpServer bind(int wantedPort) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wantedPort), 50);
            s.createContext("/", this::handle);
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("simulated shop " + id + " cannot listen on 127.0.0.1:" + wantedPort, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            requests.add(method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            exchange.getResponseHeaders().set("Server", "nginx");
            if (availability == Availability.UNAVAILABLE) {
                exchange.getResponseHeaders().set("Retry-After", "3600");
                send(exchange, Resource.of(503, SiteBuilder.HTML,
                        "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head><body>"
                                + "<center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center>"
                                + "</body></html>\n"), method);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, Resource.of(405, "text/plain", "Method Not Allowed"), method);
                return;
            }
            String key = lookupKey(uri);
            Resource r = site.resources().get(key);
            if (r == null) {
                send(exchange, site.notFound(), method);
                return;
            }
            exchange.getResponseHeaders().set("ETag", r.etag());
            Instant modified = lastModified.getOrDefault(key, Instant.EPOCH);
            exchange.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(modified));
            r.location().ifPresent(l -> exchange.getResponseHeaders().set("Location", l));
            if (notModified(exchange, r, modified)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, r, method);
        }
    }

    /** Finds the resource key: path plus significant query parameters, else the bare path. */
    private String lookupKey(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        Map<String, String> params = new TreeMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && SIGNIFICANT_PARAMS.contains(kv[0])) {
                    params.put(kv[0], kv[1]);
                }
            }
        }
        params.remove("page", "1");
        if (params.isEmpty()) {
            return path;
        }
        StringBuilder key = new StringBuilder(path).append('?');
        params.forEach((k, v) -> key.append(k).append('=').append(v).append('&'));
        String withQuery = key.substring(0, key.length() - 1);
        // Past the last page a paginated JSON answers an empty list, like Shopify; HTML shows page 1.
        return site.resources().containsKey(withQuery) || path.endsWith(".json") ? withQuery : path;
    }

    private static boolean notModified(HttpExchange exchange, Resource r, Instant modified) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals(r.etag()) || tag.equals("W/" + r.etag()) || tag.equals("*"));
        }
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst("If-Modified-Since"))
                .flatMap(ShopServer::parseDate)
                .map(since -> !modified.isAfter(since))
                .orElse(false);
    }

    private static Optional<Instant> parseDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, Resource r, String method) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
        boolean head = method.equals("HEAD");
        exchange.sendResponseHeaders(r.status(), head || r.body().length == 0 ? -1 : r.body().length);
        if (!head && r.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

}
