package org.npswatch.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed, validated reads from one YAML mapping. Every failure is a {@link ConfigException} naming
 * file, line and key; unknown keys are errors too, so a typo never silently falls back to a
 * default. Public so that other packages' YAML files (market scenarios) validate the same way.
 */
public final class ConfigValues {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?", Pattern.CASE_INSENSITIVE);

    private final Path file;
    private final String prefix;
    private final YamlNode.Mapping map;

    ConfigValues(Path file, String prefix, YamlNode.Mapping map) {
        this.file = file;
        this.prefix = prefix;
        this.map = map;
    }

    /**
     * The top-level mapping of a YAML document.
     *
     * @throws ConfigException when the text is not YAML or not a mapping (file and line named)
     */
    public static ConfigValues parse(Path file, String yaml) {
        return root(file, YamlNode.parse(file, yaml));
    }

    static ConfigValues root(Path file, YamlNode node) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ConfigException(file, node.line(), "", "the file must be a mapping of keys to values");
        }
        return new ConfigValues(file, "", m);
    }

    /** Fails on the first key not in {@code allowed}, suggesting the closest allowed key. */
    public void rejectUnknownKeys(Set<String> allowed) {
        for (Map.Entry<String, Integer> e : map.keyLines().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String hint = allowed.stream()
                        .min((a, b) -> Integer.compare(distance(a, e.getKey()), distance(b, e.getKey())))
                        .filter(k -> distance(k, e.getKey()) <= 3)
                        .map(k -> " (did you mean '" + k + "'?)")
                        .orElse("; allowed keys: " + String.join(", ", allowed.stream().sorted().toList()));
                throw new ConfigException(file, e.getValue(), prefix + e.getKey(), "unknown key" + hint);
            }
        }
    }

    public boolean has(String key) {
        YamlNode n = map.entries().get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.value() == null);
    }

    public ConfigException error(String key, String problem) {
        YamlNode n = map.entries().get(key);
        int line = n == null ? map.line() : map.keyLines().getOrDefault(key, n.line());
        return new ConfigException(file, line, prefix + key, problem);
    }

    public String string(String key) {
        return optionalString(key).orElseThrow(() -> error(key, "is required"));
    }

    public Optional<String> optionalString(String key) {
        YamlNode n = map.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.value() == null) {
            return Optional.empty();
        }
        if (!(n instanceof YamlNode.Scalar s)) {
            throw error(key, "must be a single value, not a list or mapping");
        }
        if (s.value().isBlank()) {
            throw error(key, "must not be empty");
        }
        return Optional.of(s.value().strip());
    }

    public List<String> strings(String key) {
        YamlNode n = map.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.value() == null) {
            return List.of();
        }
        if (n instanceof YamlNode.Scalar s) {
            return List.of(s.value().strip());
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            throw error(key, "must be a list");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.value() == null || s.value().isBlank()) {
                throw new ConfigException(file, item.line(), prefix + key, "list items must be non-empty single values");
            }
            out.add(s.value().strip());
        }
        return out;
    }

    List<URI> urls(String key) {
        List<URI> out = new ArrayList<>();
        for (String s : strings(key)) {
            out.add(url(key, s));
        }
        return out;
    }

    URI url(String key, String raw) {
        try {
            URI u = new URI(raw);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw error(key, "'" + raw + "' is not an absolute http(s) URL");
            }
            return u;
        } catch (URISyntaxException e) {
            throw error(key, "'" + raw + "' is not a URL: " + e.getReason());
        }
    }

    List<Pattern> patterns(String key) {
        List<Pattern> out = new ArrayList<>();
        for (String s : strings(key)) {
            try {
                out.add(Pattern.compile(s));
            } catch (PatternSyntaxException e) {
                throw error(key, "'" + s + "' is not a valid regular expression: " + e.getDescription());
            }
        }
        return out;
    }

    public int integer(String key, int defaultValue, int min, int max) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(raw.get().replace("_", ""));
            if (v < min || v > max) {
                throw error(key, "must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(key, "must be a whole number, got \"" + raw.get() + "\"");
        }
    }

    /** Durations as "500ms", "2s", "5m", "1h", "1d" or ISO-8601 ("PT2S"). */
    Duration duration(String key, Duration defaultValue, Duration min) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        Duration d = parseDuration(raw.get()).orElseThrow(() -> error(key,
                "must be a duration such as 500ms, 2s, 5m, 1h or PT2S, got \"" + raw.get() + "\""));
        if (d.compareTo(min) < 0) {
            throw error(key, "must be at least " + pretty(min) + ", got " + raw.get());
        }
        return d;
    }

    static Optional<Duration> parseDuration(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(s);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            long millis = switch (m.group(2)) {
                case "ms" -> (long) n;
                case "s" -> (long) (n * 1000);
                case "m" -> (long) (n * 60_000);
                case "h" -> (long) (n * 3_600_000);
                default -> (long) (n * 86_400_000);
            };
            return Optional.of(Duration.ofMillis(millis));
        }
        try {
            return Optional.of(Duration.parse(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Sizes as "5MB", "512kb", "1048576". */
    long bytes(String key, long defaultValue) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        Matcher m = SIZE.matcher(raw.get().strip());
        if (!m.matches()) {
            throw error(key, "must be a size such as 5MB or 512KB, got \"" + raw.get() + "\"");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "kb", "k" -> n * 1024;
            case "mb", "m" -> n * 1024 * 1024;
            case "gb", "g" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }

    public Optional<ConfigValues> section(String key) {
        YamlNode n = map.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.value() == null) {
            return Optional.empty();
        }
        if (!(n instanceof YamlNode.Mapping m)) {
            throw error(key, "must be a mapping of keys to values");
        }
        // A missing key inside the section is reported at the section's own key line.
        int keyLine = map.keyLines().getOrDefault(key, m.line());
        return Optional.of(new ConfigValues(file, prefix + key + ".", new YamlNode.Mapping(keyLine, m.entries(), m.keyLines())));
    }

    /**
     * A list of mappings ({@code events: [{type: ...}, ...]}), each read with the key prefix
     * {@code key[i].}; a missing key inside an item is reported at the item's line. Absent or
     * empty: an empty list.
     */
    public List<ConfigValues> sections(String key) {
        YamlNode n = map.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.value() == null) {
            return List.of();
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            throw error(key, "must be a list of mappings (lines starting with '- ')");
        }
        List<ConfigValues> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemKey = prefix + key + "[" + i + "]";
            if (!(item instanceof YamlNode.Mapping m)) {
                throw new ConfigException(file, item.line(), itemKey, "must be a mapping of keys to values, not a single value");
            }
            out.add(new ConfigValues(file, itemKey + ".", m));
        }
        return out;
    }

    /** The keys of this mapping, in file order (for mappings whose keys are data, such as channel names). */
    public List<String> keys() {
        return List.copyOf(map.keyLines().keySet());
    }

    /** A decimal number ({@code 2}, {@code 0.70}, {@code 1e-3}), kept as written (scale included). */
    public Optional<BigDecimal> decimal(String key) {
        Optional<String> raw = optionalString(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(raw.get().replace("_", "")));
        } catch (NumberFormatException e) {
            throw error(key, "must be a number, got \"" + raw.get() + "\"");
        }
    }

    /** The line of a key (of the mapping itself when the key is absent), for messages about it. */
    public int line(String key) {
        return map.keyLines().getOrDefault(key, map.line());
    }

    /** This mapping's key prefix in messages ({@code events[2].}); empty at the top level. */
    public String prefix() {
        return prefix;
    }

    public Path file() {
        return file;
    }

    private static String pretty(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
