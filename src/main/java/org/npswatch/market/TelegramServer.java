package org.npswatch.market;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the simulated Telegram web preview on its own loopback port, standing in for
 * {@code https://t.me}: {@code /s/NAME} (newest 20 messages), {@code /s/NAME?before=ID} (the 20
 * before that id), {@code /s/NAME?after=ID}; a private group or unknown name redirects from
 * {@code /s/NAME} to {@code /NAME}, a "join"/contact page without history. Pages are rendered on
 * request from the current week's channel histories.
 */
final class TelegramServer implements AutoCloseable {
    static final int PAGE_SIZE = 20;
    private static final Pattern PREVIEW = Pattern.compile("/s/([A-Za-z0-9_]{1,64})/?");
    private static final Pattern LANDING = Pattern.compile("/([A-Za-z0-9_]{1,64})/?");
    private static final String HTML = "text/html; charset=utf-8";

    /** What is served: each channel's history and the simulated moment (end of the current week). */
    record Snapshot(Map<String, ChannelHistory> channels, Instant now) {
        Snapshot {
            channels = Map.copyOf(channels);
        }
    }

    private final HttpServer server;
    private final PreviewPages pages;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

    TelegramServer(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("simulated Telegram preview cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/", this::handle);
        server.start();
        pages = new PreviewPages(baseUri());
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    void publish(Snapshot next) {
        snapshot = next;
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            requests.add(exchange.getRequestMethod() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            exchange.getResponseHeaders().set("Server", "nginx/1.18.0");
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain", "Method Not Allowed");
                return;
            }
            Snapshot s = snapshot;
            String path = uri.getPath() == null ? "/" : uri.getPath();
            Matcher preview = PREVIEW.matcher(path);
            Matcher landing = LANDING.matcher(path);
            if (preview.matches()) {
                String name = preview.group(1);
                Optional<ChannelHistory> channel = find(s, name).filter(h -> h.spec().publicChannel());
                if (channel.isEmpty()) {
                    // t.me/s/ of a group, a user or a missing name sends the reader to the landing page.
                    exchange.getResponseHeaders().set("Location", "/" + name);
                    send(exchange, 302, HTML, "");
                    return;
                }
                send(exchange, 200, HTML, page(channel.get(), uri.getQuery(), s.now()));
            } else if (landing.matches()) {
                send(exchange, 200, HTML, landing(s, landing.group(1)));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not Found");
            }
        }
    }

    private String page(ChannelHistory h, String query, Instant now) {
        List<ChannelPost> posts = h.posts();
        OptionalLong before = param(query, "before");
        OptionalLong after = param(query, "after");
        List<ChannelPost> shown;
        if (before.isPresent()) {
            List<ChannelPost> older = posts.stream().filter(p -> p.id() < before.getAsLong()).toList();
            shown = older.subList(Math.max(0, older.size() - PAGE_SIZE), older.size());
        } else if (after.isPresent()) {
            List<ChannelPost> newer = posts.stream().filter(p -> p.id() > after.getAsLong()).toList();
            shown = newer.subList(0, Math.min(PAGE_SIZE, newer.size()));
        } else {
            shown = posts.subList(Math.max(0, posts.size() - PAGE_SIZE), posts.size());
        }
        boolean hasOlder = !shown.isEmpty() && shown.getFirst().id() > posts.getFirst().id();
        return pages.channelPage(h.spec(), shown, hasOlder, after, now);
    }

    private String landing(Snapshot s, String name) {
        return find(s, name).map(h -> {
            ChannelSpec spec = h.spec();
            String extra = spec.publicChannel() ? PreviewPages.count(spec.subscribers()) + " subscribers"
                    : String.format(java.util.Locale.ROOT, "%,d", spec.subscribers()).replace(',', ' ')
                            + " members, " + spec.subscribers() / 12 + " online";
            return pages.joinPage(name, spec.title(), extra, spec.description());
        }).orElseGet(() -> pages.joinPage(name, name, "", ""));
    }

    private static Optional<ChannelHistory> find(Snapshot s, String name) {
        return s.channels().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    private static OptionalLong param(String query, String name) {
        if (query == null) {
            return OptionalLong.empty();
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name) && kv[1].matches("\\d{1,18}")) {
                return OptionalLong.of(Long.parseLong(kv[1]));
            }
        }
        return OptionalLong.empty();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
