package org.npswatch.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A shop's robots.txt, read once at the start of a crawl with crawler-commons' parser (the one
 * crawler4j uses): the rules for our user agent, the Crawl-delay and the Sitemap lines.
 */
final class RobotsPolicy {
    /** Crawl-delays up to a day are honoured; crawler-commons would turn larger ones into "disallow all". */
    private static final long MAX_CRAWL_DELAY_MS = Duration.ofDays(1).toMillis();

    private final BaseRobotRules rules;
    private final Optional<FetchFailure> problem;

    private RobotsPolicy(BaseRobotRules rules, Optional<FetchFailure> problem) {
        this.rules = rules;
        this.problem = problem;
    }

    /**
     * Fetches and parses {@code <scheme>://<host>/robots.txt}. A missing robots.txt (4xx) allows
     * everything; a server error or timeout disallows everything for this run, as Google does,
     * because the shop may be overloaded.
     */
    static RobotsPolicy fetch(HttpFetcher http, URI seed, String userAgent) {
        URI robots = seed.resolve("/robots.txt");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY_MS, 20);
        FetchOutcome outcome = http.get(robots, List.of(), type -> true);
        return switch (outcome) {
            case FetchOutcome.Response r when r.status() == 200 -> new RobotsPolicy(
                    parser.parseContent(robots.toString(), r.body(), r.contentType(), robotName(userAgent)),
                    Optional.empty());
            case FetchOutcome.Response r when r.status() >= 400 && r.status() < 500 ->
                new RobotsPolicy(parser.failedFetch(r.status()), Optional.empty());
            case FetchOutcome.Response r -> new RobotsPolicy(parser.failedFetch(503),
                    Optional.of(new FetchFailure(robots, r.status(), "robots.txt answered HTTP " + r.status() + "; crawl nothing")));
            case FetchOutcome.Failure f -> new RobotsPolicy(parser.failedFetch(503),
                    Optional.of(new FetchFailure(robots, f.status(), "robots.txt unavailable (" + f.reason() + "); crawl nothing")));
            case FetchOutcome.Stopped s -> new RobotsPolicy(parser.failedFetch(503),
                    Optional.of(new FetchFailure(robots, -1, "crawl stopped before robots.txt was read; crawl nothing")));
        };
    }

    /** The product token robots.txt groups are matched against: "npswatch/0.1 (+url)" gives "npswatch". */
    static String robotName(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    boolean allows(String url) {
        return rules.isAllowed(url);
    }

    boolean allowsNothing() {
        return rules.isAllowNone();
    }

    Optional<Duration> crawlDelay() {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    List<String> sitemaps() {
        return List.copyOf(rules.getSitemaps());
    }

    /** Why robots.txt could not be read, when it could not. */
    Optional<FetchFailure> problem() {
        return problem;
    }
}
