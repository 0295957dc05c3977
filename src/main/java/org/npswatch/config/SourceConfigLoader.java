package org.npswatch.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.quartz.CronExpression;

/**
 * Reads and validates every {@code *.yaml} / {@code *.yml} file of a crawl-config directory. A bad
 * file is reported and skipped; it never stops the other sources from loading. Every key and its
 * default is documented in docs/configuration.md, and the defaults live here only.
 */
public final class SourceConfigLoader {
    /** Default minimum time between two requests to one host. Config files may not go lower. */
    public static final Duration DEFAULT_POLITENESS_DELAY = Duration.ofSeconds(1);
    /** Default minimum time between two requests to Telegram's web preview. */
    public static final Duration DEFAULT_TELEGRAM_DELAY = Duration.ofSeconds(3);
    public static final int DEFAULT_MAX_PAGES = 500;
    public static final int DEFAULT_MAX_MESSAGES = 2_000;
    /** Every day at 03:00 Europe/Amsterdam. */
    public static final String DEFAULT_SCHEDULE = "0 0 3 * * ?";
    public static final String DEFAULT_USER_AGENT =
            "npswatch/0.1 (public-health market monitoring; +https://github.com/npswatch/npswatch)";
    public static final URI DEFAULT_PREVIEW_BASE = URI.create("https://t.me");

    /** Files in crawl-config/ that configure something else than a source. */
    public static final Set<String> NON_SOURCE_FILES = Set.of("notify.yaml", "notify.yml", "detection.yaml", "detection.yml");

    private static final Set<String> WEBSHOP_KEYS = Set.of("id", "kind", "name", "seeds", "follow", "skip",
            "max_pages", "politeness_delay", "schedule", "user_agent", "profile", "limits");
    private static final Set<String> TELEGRAM_KEYS = Set.of("id", "kind", "name", "username", "via",
            "preview_base", "politeness_delay", "max_messages_per_run", "schedule", "user_agent");
    private static final Set<String> PROFILE_KEYS = Set.of("offer", "name", "price", "quantity", "stock",
            "out_of_stock_pattern", "description", "currency");
    private static final Set<String> LIMIT_KEYS = Set.of("connect_timeout", "read_timeout", "max_page_bytes",
            "max_retries", "max_retry_after");

    /** What loading a directory gave: the good sources and one error per bad file. */
    public record Result(List<SourceConfig> sources, List<ConfigException> errors) {
        public Result {
            sources = List.copyOf(sources);
            errors = List.copyOf(errors);
        }

        public Optional<SourceConfig> find(SourceId id) {
            return sources.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    }

    private final Duration minimumPoliteness;

    /** A loader enforcing the production minimum politeness delay of 1 s. */
    public SourceConfigLoader() {
        this(DEFAULT_POLITENESS_DELAY);
    }

    /** A loader with another floor for the politeness delay (tests against loopback servers). */
    public SourceConfigLoader(Duration minimumPoliteness) {
        this.minimumPoliteness = minimumPoliteness;
    }

    public Result loadDirectory(Path dir) {
        List<SourceConfig> sources = new ArrayList<>();
        List<ConfigException> errors = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !NON_SOURCE_FILES.contains(p.getFileName().toString()))
                    .sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return new Result(List.of(), List.of(new ConfigException(dir, 0, "", "no such folder")));
        } catch (IOException e) {
            return new Result(List.of(), List.of(new ConfigException(dir, 0, "", "cannot list the folder: " + e.getMessage())));
        }
        Map<SourceId, Path> seen = new HashMap<>();
        for (Path f : files) {
            try {
                SourceConfig c = loadFile(f);
                Path first = seen.putIfAbsent(c.id(), f);
                if (first != null) {
                    throw new ConfigException(f, 1, "id", "'" + c.id() + "' is already used by " + first);
                }
                sources.add(c);
            } catch (ConfigException e) {
                errors.add(e);
            }
        }
        return new Result(sources, errors);
    }

    public SourceConfig loadFile(Path file) {
        return parse(file, ConfigFiles.readText(file, "source file"));
    }

    public SourceConfig parse(Path file, String yaml) {
        ConfigValues v = ConfigValues.root(file, YamlNode.parse(file, yaml));
        String kindRaw = v.string("kind").toUpperCase(Locale.ROOT).replace('-', '_');
        SourceKind kind;
        try {
            kind = SourceKind.valueOf(kindRaw);
        } catch (IllegalArgumentException e) {
            throw v.error("kind", "must be webshop, telegram_channel or telegram_group, got \"" + v.string("kind") + "\"");
        }
        return kind == SourceKind.WEBSHOP ? webshop(v) : telegram(v, kind);
    }

    private WebshopConfig webshop(ConfigValues v) {
        v.rejectUnknownKeys(WEBSHOP_KEYS);
        SourceId id = id(v);
        List<URI> seeds = v.urls("seeds");
        if (seeds.isEmpty()) {
            throw v.error("seeds", "at least one seed URL is required");
        }
        String host = seeds.getFirst().getHost();
        for (URI s : seeds) {
            if (!s.getHost().equalsIgnoreCase(host) || s.getPort() != seeds.getFirst().getPort()) {
                throw v.error("seeds", "all seeds must be on the shop's host " + host + ", but " + s + " is not");
            }
        }
        return new WebshopConfig(
                id,
                seeds,
                v.patterns("follow"),
                v.patterns("skip"),
                v.integer("max_pages", DEFAULT_MAX_PAGES, 1, 1_000_000),
                v.duration("politeness_delay", DEFAULT_POLITENESS_DELAY, minimumPoliteness),
                schedule(v),
                userAgent(v),
                v.section("profile").map(this::profile),
                v.section("limits").map(this::limits).orElse(FetchLimits.DEFAULTS),
                v.file());
    }

    private TelegramConfig telegram(ConfigValues v, SourceKind kind) {
        v.rejectUnknownKeys(TELEGRAM_KEYS);
        SourceId id = id(v);
        String username = v.string("username").replaceFirst("^@", "");
        if (!username.matches("[A-Za-z][A-Za-z0-9_]{3,31}")) {
            throw v.error("username", "'" + username + "' is not a public Telegram username (5-32 letters, digits, _)");
        }
        String viaRaw = v.optionalString("via").orElse("preview").toUpperCase(Locale.ROOT);
        TelegramConfig.Via via;
        try {
            via = TelegramConfig.Via.valueOf(viaRaw);
        } catch (IllegalArgumentException e) {
            throw v.error("via", "must be preview or tdlib, got \"" + viaRaw.toLowerCase(Locale.ROOT) + "\"");
        }
        URI base = v.optionalString("preview_base").map(s -> v.url("preview_base", s)).orElse(DEFAULT_PREVIEW_BASE);
        return new TelegramConfig(id, kind, username, via, base,
                v.duration("politeness_delay", DEFAULT_TELEGRAM_DELAY, minimumPoliteness),
                v.integer("max_messages_per_run", DEFAULT_MAX_MESSAGES, 1, 1_000_000),
                schedule(v), userAgent(v), v.file());
    }

    private static SourceId id(ConfigValues v) {
        String raw = v.string("id");
        try {
            return SourceId.of(raw);
        } catch (IllegalArgumentException e) {
            throw v.error("id", e.getMessage());
        }
    }

    private static String schedule(ConfigValues v) {
        String cron = v.optionalString("schedule").orElse(DEFAULT_SCHEDULE);
        try {
            CronExpression.validateExpression(cron);
        } catch (ParseException e) {
            throw v.error("schedule", "not a Quartz cron expression (sec min hour day month weekday): \""
                    + cron + "\": " + e.getMessage());
        }
        return cron;
    }

    private static String userAgent(ConfigValues v) {
        String ua = v.optionalString("user_agent").orElse(DEFAULT_USER_AGENT);
        if (!ua.contains("http://") && !ua.contains("https://") && !ua.contains("mailto:") && !ua.contains("@")) {
            throw v.error("user_agent", "must contain a contact URL or e-mail address so site owners can reach us");
        }
        return ua;
    }

    private ExtractionProfile profile(ConfigValues p) {
        p.rejectUnknownKeys(PROFILE_KEYS);
        String oos = p.optionalString("out_of_stock_pattern").orElse(ExtractionProfile.DEFAULT_OUT_OF_STOCK);
        try {
            Pattern.compile(oos);
        } catch (PatternSyntaxException e) {
            throw p.error("out_of_stock_pattern", "not a valid regular expression: " + e.getDescription());
        }
        String cur = p.optionalString("currency").orElse("EUR").toUpperCase(Locale.ROOT);
        Currency currency;
        try {
            currency = Currency.getInstance(cur);
        } catch (IllegalArgumentException e) {
            throw p.error("currency", "'" + cur + "' is not an ISO 4217 currency code");
        }
        return new ExtractionProfile(p.string("offer"), p.string("name"), p.string("price"),
                p.optionalString("quantity"), p.optionalString("stock"), oos, p.optionalString("description"), currency);
    }

    private FetchLimits limits(ConfigValues l) {
        l.rejectUnknownKeys(LIMIT_KEYS);
        FetchLimits d = FetchLimits.DEFAULTS;
        long maxBytes = l.bytes("max_page_bytes", d.maxPageBytes());
        if (maxBytes < 1024) {
            throw l.error("max_page_bytes", "must be at least 1KB");
        }
        return new FetchLimits(
                l.duration("connect_timeout", d.connectTimeout(), Duration.ofMillis(100)),
                l.duration("read_timeout", d.readTimeout(), Duration.ofMillis(100)),
                maxBytes,
                l.integer("max_retries", d.maxRetries(), 0, 10),
                l.duration("max_retry_after", d.maxRetryAfter(), Duration.ZERO));
    }
}
