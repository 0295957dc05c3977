package org.npswatch.extract;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Offer;
import org.npswatch.model.Page;
import org.npswatch.model.SourceId;

/**
 * What the {@code extract --url URL FILE} command does: reads a saved page (HTML, or a products
 * JSON document), runs the extractor chain with the shop's profile and normalises the offers
 * with the lexicon. The URL tells where the page came from (page kind, relative links).
 */
public final class PageExtraction {
    private final Lexicon lexicon;

    public PageExtraction(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The offers on a saved page.
     *
     * @throws ExtractionException when the URL is malformed or the file cannot be read
     */
    public List<Offer> extract(String url, Path file, Optional<ExtractionProfile> profile) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExtractionException(file, "cannot read the saved page", e);
        }
        return extract(page(url, file.getFileName().toString(), body), profile);
    }

    /** The offers on a page already in memory. */
    public List<Offer> extract(Page page, Optional<ExtractionProfile> profile) {
        OfferNormaliser normaliser = new OfferNormaliser(lexicon);
        return ExtractorChain.forSource(profile).extract(page).stream().map(o -> normaliser.normalise(page, o)).toList();
    }

    /** The offers as the command prints them: JSON Lines, nothing for a page without offers. */
    public String extractAsJsonLines(String url, Path file, Optional<ExtractionProfile> profile) {
        return OfferJsonLines.lines(extract(url, file, profile));
    }

    /** A page as if fetched from {@code url} now; JSON when the file name or the bytes say so. */
    static Page page(String url, String fileName, byte[] body) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ExtractionException("--url " + url, "not a valid URL: " + e.getReason());
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        String contentType = lower.endsWith(".json") || lower.endsWith(".js") ? "application/json" : "text/html; charset=utf-8";
        return new Page(sourceOf(uri), uri, Instant.now(), 200, contentType, body, Optional.empty());
    }

    /** The source id a URL's host stands for when no configured source is known ("shop.example"). */
    static SourceId sourceOf(URI uri) {
        String host = uri.getHost() == null ? "local" : uri.getHost().toLowerCase(Locale.ROOT);
        String id = host.replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        return SourceId.of(id.isEmpty() ? "local" : id.length() > 64 ? id.substring(0, 64) : id);
    }
}
