package org.npswatch.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.npswatch.config.WebshopConfig;

/** Which URLs belong to a shop's crawl: its host only, the skip and follow patterns, no files. */
final class ShopScope {
    /** Extensions of files that are never offer pages; not even requested. */
    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff", "pdf", "zip", "gz",
            "rar", "7z", "mp3", "mp4", "m4v", "avi", "mov", "webm", "woff", "woff2", "ttf", "eot", "otf", "css",
            "js", "doc", "docx", "xls", "xlsx", "exe", "dmg", "apk");

    private final WebshopConfig shop;
    private final String host;

    ShopScope(WebshopConfig shop) {
        this.shop = shop;
        this.host = hostKey(shop.seeds().getFirst());
    }

    String host() {
        return host;
    }

    /** Lower-case host, with the port only when it is not the scheme's default. */
    static String hostKey(URI url) {
        String h = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0
                || ("http".equalsIgnoreCase(url.getScheme()) && port == 80)
                || ("https".equalsIgnoreCase(url.getScheme()) && port == 443);
        return defaultPort ? h : h + ":" + port;
    }

    boolean onHost(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && hostKey(url).equals(host);
    }

    /**
     * Why {@code url} is out of this crawl, or empty when it may be fetched.
     *
     * @param seed seeds skip the follow patterns (they are where following starts)
     */
    Optional<String> rejection(URI url, boolean seed) {
        if (!onHost(url)) {
            return Optional.of("off the shop's host " + host);
        }
        String s = url.toString();
        for (Pattern p : shop.skip()) {
            if (p.matcher(s).matches()) {
                return Optional.of("matches skip pattern " + p);
            }
        }
        if (isFile(url)) {
            return Optional.of("a file, not a page");
        }
        if (!seed && !shop.follow().isEmpty() && shop.follow().stream().noneMatch(p -> p.matcher(s).matches())) {
            return Optional.of("matches no follow pattern");
        }
        return Optional.empty();
    }

    static boolean isFile(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash && FILE_EXTENSIONS.contains(path.substring(dot + 1));
    }

    /** Content types whose bodies are pages npswatch reads: HTML and JSON documents. */
    static boolean isPageType(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.contains("html") || t.contains("json");
    }
}
