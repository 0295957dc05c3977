package org.npswatch.notify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npswatch.config.ConfigException;
import org.npswatch.config.ConfigFiles;
import org.npswatch.model.FlagType;

/**
 * Reads {@code crawl-config/notify.yaml} (format in docs/parts/notify.md and
 * {@code crawl-config/notify.yaml.example}). Every problem is a {@link ConfigException} naming the
 * file, line and key. Secrets are refused in the file: they come from environment variables.
 */
public final class NotifyConfigLoader {
    private static final Set<String> TOP_KEYS = Set.of("smtp", "webhook", "feed", "recipients");
    private static final Set<String> SMTP_KEYS = Set.of("host", "port", "username", "starttls", "from", "timeout");
    private static final Set<String> WEBHOOK_KEYS = Set.of("timeout", "max_attempts", "initial_backoff", "max_backoff");
    private static final Set<String> FEED_KEYS = Set.of("title", "max_entries");
    private static final Set<String> RECIPIENT_KEYS = Set.of("id", "channel", "address", "types", "cadence", "secret_env");
    private static final Pattern RECIPIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern FEED_FILE = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.atom");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final Path file;
    private final Map<String, Integer> lines = new HashMap<>();

    private NotifyConfigLoader(Path file) {
        this.file = file;
    }

    /** Loads and validates a notify.yaml file. */
    public static Subscriptions load(Path file) {
        return new NotifyConfigLoader(file).parse(ConfigFiles.readText(file, "notify file"));
    }

    private Subscriptions parse(String text) {
        JsonNode root = readTree(text);
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw error("", "the file is empty; it needs at least a 'recipients' list");
        }
        requireObject(root, "", TOP_KEYS);
        Optional<SmtpSettings> smtp = root.has("smtp") ? Optional.of(smtp(root.get("smtp"))) : Optional.empty();
        WebhookSettings webhook = root.has("webhook") ? webhook(root.get("webhook")) : WebhookSettings.DEFAULTS;
        FeedSettings feed = root.has("feed") ? feed(root.get("feed")) : FeedSettings.DEFAULTS;
        JsonNode list = root.path("recipients");
        if (!list.isArray() || list.isEmpty()) {
            throw error("recipients", "must be a non-empty list of recipients");
        }
        List<Recipient> recipients = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Recipient r = recipient(list.get(i), "recipients[" + i + "]");
            if (!ids.add(r.id())) {
                throw error("recipients[" + i + "].id", "another recipient already has the id '" + r.id() + "'");
            }
            if (r.channel() == DeliveryChannel.EMAIL && smtp.isEmpty()) {
                throw error("recipients[" + i + "].channel", "e-mail recipients need an 'smtp' section");
            }
            recipients.add(r);
        }
        return new Subscriptions(recipients, smtp, webhook, feed);
    }

    private SmtpSettings smtp(JsonNode node) {
        if (node.has("password")) {
            throw error("smtp.password", "do not put the password in the file; set " + SmtpSettings.PASSWORD_ENV);
        }
        requireObject(node, "smtp", SMTP_KEYS);
        String from = string(node, "smtp", "from", Optional.empty());
        email(from, "smtp.from");
        return new SmtpSettings(string(node, "smtp", "host", Optional.empty()),
                integer(node, "smtp", "port", SmtpSettings.DEFAULT_PORT, 1, 65535),
                node.has("username") ? Optional.of(string(node, "smtp", "username", Optional.empty())) : Optional.empty(),
                bool(node, "smtp", "starttls", true), from,
                duration(node, "smtp", "timeout", SmtpSettings.DEFAULT_TIMEOUT));
    }

    private WebhookSettings webhook(JsonNode node) {
        requireObject(node, "webhook", WEBHOOK_KEYS);
        WebhookSettings d = WebhookSettings.DEFAULTS;
        return new WebhookSettings(duration(node, "webhook", "timeout", d.timeout()),
                integer(node, "webhook", "max_attempts", d.maxAttempts(), 1, 20),
                duration(node, "webhook", "initial_backoff", d.initialBackoff()),
                duration(node, "webhook", "max_backoff", d.maxBackoff()));
    }

    private FeedSettings feed(JsonNode node) {
        requireObject(node, "feed", FEED_KEYS);
        FeedSettings d = FeedSettings.DEFAULTS;
        return new FeedSettings(string(node, "feed", "title", Optional.of(d.title())),
                integer(node, "feed", "max_entries", d.maxEntries(), 1, 10_000));
    }

    private Recipient recipient(JsonNode node, String path) {
        if (node.has("secret")) {
            throw error(path + ".secret", "do not put the secret in the file; name an environment variable with"
                    + " secret_env");
        }
        requireObject(node, path, RECIPIENT_KEYS);
        String id = string(node, path, "id", Optional.empty());
        if (!RECIPIENT_ID.matcher(id).matches()) {
            throw error(path + ".id", "must be 1-64 chars of a-z, 0-9, '.', '_', '-', got '" + id + "'");
        }
        DeliveryChannel channel = choice(node, path, "channel", DeliveryChannel.class, Optional.empty());
        String address = string(node, path, "address",
                channel == DeliveryChannel.FEED ? Optional.of(AtomFeed.DEFAULT_FILE) : Optional.empty());
        switch (channel) {
            case EMAIL -> email(address, path + ".address");
            case WEBHOOK -> url(address, path + ".address");
            case FEED -> {
                if (!FEED_FILE.matcher(address).matches()) {
                    throw error(path + ".address", "a feed is a file name like flags.atom, got '" + address + "'");
                }
            }
        }
        Optional<String> secretEnv = Optional.empty();
        if (node.has("secret_env")) {
            if (channel != DeliveryChannel.WEBHOOK) {
                throw error(path + ".secret_env", "only webhook recipients have a signing secret");
            }
            String env = string(node, path, "secret_env", Optional.empty());
            if (!ENV_NAME.matcher(env).matches()) {
                throw error(path + ".secret_env", "must name an environment variable like NPSWATCH_WEBHOOK_SECRET,"
                        + " got '" + env + "'");
            }
            secretEnv = Optional.of(env);
        }
        return new Recipient(id, channel, address, types(node.get("types"), path + ".types"),
                choice(node, path, "cadence", Cadence.class, Optional.of(Cadence.IMMEDIATE)), secretEnv);
    }

    private Set<FlagType> types(JsonNode node, String key) {
        if (node == null || (node.isTextual() && node.asText().equals("all"))) {
            return EnumSet.allOf(FlagType.class);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw error(key, "must be 'all' or a list of flag types, e.g. [NEW_SUBSTANCE, UNKNOWN_NAME]");
        }
        Set<FlagType> types = EnumSet.noneOf(FlagType.class);
        for (int i = 0; i < node.size(); i++) {
            String name = node.get(i).asText().strip().toUpperCase(Locale.ROOT);
            try {
                types.add(FlagType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw error(key + "[" + i + "]", "unknown flag type '" + node.get(i).asText() + "'; known: "
                        + EnumSet.allOf(FlagType.class));
            }
        }
        return types;
    }

    private void requireObject(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw error(path, "must be a mapping of keys to values");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw error(join(path, key), "unknown key; allowed here: " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private String string(JsonNode node, String path, String key, Optional<String> fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback.orElseThrow(() -> error(join(path, key), "is required"));
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw error(join(path, key), "must be a non-empty text");
        }
        return v.asText().strip();
    }

    private int integer(JsonNode node, String path, String key, int fallback, int min, int max) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw error(join(path, key), "must be a whole number from " + min + " to " + max + ", got '" + v.asText() + "'");
        }
        return v.asInt();
    }

    private boolean bool(JsonNode node, String path, String key, boolean fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw error(join(path, key), "must be true or false, got '" + v.asText() + "'");
        }
        return v.asBoolean();
    }

    private Duration duration(JsonNode node, String path, String key, Duration fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        Matcher m = DURATION.matcher(v.asText().strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw error(join(path, key), "must be a positive duration like 500ms, 10s, 2m or 1h, got '" + v.asText() + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    private <E extends Enum<E>> E choice(JsonNode node, String path, String key, Class<E> type, Optional<E> fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback.orElseThrow(() -> error(join(path, key), "is required"));
        }
        try {
            return Enum.valueOf(type, v.asText().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = EnumSet.allOf(type).stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw error(join(path, key), "must be one of " + names + ", got '" + v.asText() + "'");
        }
    }

    private void email(String address, String key) {
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw error(key, "not an e-mail address: '" + address + "' (" + e.getMessage() + ")");
        }
    }

    private void url(String address, String key) {
        try {
            URI uri = new URI(address);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw error(key, "must be an http(s) URL with a host, got '" + address + "'");
            }
        } catch (URISyntaxException e) {
            throw error(key, "not a URL: '" + address + "'");
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private ConfigException error(String key, String problem) {
        return new ConfigException(file, line(key), key, problem);
    }

    /** The line of a key path like {@code recipients[1].cadence}, or of its nearest known parent. */
    private int line(String key) {
        String k = key;
        while (!k.isEmpty()) {
            Integer line = lines.get(k);
            if (line != null) {
                return line;
            }
            int cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
            k = cut < 0 ? "" : k.substring(0, cut);
        }
        return 1;
    }

    private JsonNode readTree(String text) {
        try {
            recordLines(text);
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(file, line, "", "not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot parse: " + e.getMessage());
        }
    }

    /** Remembers the line of every key and list item, by path, for error messages. */
    private void recordLines(String text) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || p.getParsingContext().inArray()) {
                    String path = p.getParsingContext().pathAsPointer().toString()
                            .replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replaceFirst("^\\.", "")
                            .replace(".[", "[");
                    lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
                }
            }
        }
    }
}
