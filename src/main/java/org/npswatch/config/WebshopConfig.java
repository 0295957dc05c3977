package org.npswatch.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/**
 * A webshop to crawl.
 *
 * @param seeds start URLs; all must be on one host, the shop's host
 * @param follow URL patterns (regex, matched against the whole URL) to follow; empty = all on host
 * @param skip URL patterns never to fetch; checked before {@code follow}
 * @param maxPages stop after this many fetched pages per crawl
 * @param politenessDelay minimum time between two requests to the host (at least 1 s in
 *     production configs; robots.txt crawl-delay wins when larger)
 * @param userAgent user agent sent, with a contact URL
 * @param profile CSS selectors for shops without structured data
 * @param limits fetch limits (timeouts, page size, retries)
 */
public record WebshopConfig(
        SourceId id,
        List<URI> seeds,
        List<Pattern> follow,
        List<Pattern> skip,
        int maxPages,
        Duration politenessDelay,
        String schedule,
        String userAgent,
        Optional<ExtractionProfile> profile,
        FetchLimits limits,
        Path file)
        implements SourceConfig {
    public WebshopConfig {
        Objects.requireNonNull(id, "id");
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a webshop needs at least one seed URL");
        }
        follow = List.copyOf(follow);
        skip = List.copyOf(skip);
        Objects.requireNonNull(politenessDelay, "politenessDelay");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(file, "file");
    }

    @Override
    public SourceKind kind() {
        return SourceKind.WEBSHOP;
    }

    /** The shop's host (with port when not default): crawling never leaves it. */
    public String host() {
        URI seed = seeds.getFirst();
        return seed.getPort() < 0 ? seed.getHost() : seed.getHost() + ":" + seed.getPort();
    }
}
