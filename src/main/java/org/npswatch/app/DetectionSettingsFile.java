package org.npswatch.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.npswatch.config.ConfigException;
import org.npswatch.detect.DetectionConfig;
import org.npswatch.detect.DetectionConfig.VolumeMethodName;

/**
 * Reads {@code crawl-config/detection.yaml}, the operator's detection settings. Every key is
 * optional; without the file, or for a key it leaves out, detection uses the documented defaults
 * ({@link DetectionConfig#defaults()}, docs/detection.md). The keys an installation tunes after
 * replaying its own history ({@code detect --replay}):
 *
 * <pre>
 * volume:
 *   alpha: 0.0005              # one-week tail probability of a volume alarm, in (0, 0.5)
 *   method: negative_binomial  # or ears_c1, ears_c2, ears_c3, cusum
 * </pre>
 *
 * A mistake is a {@link ConfigException} naming the file, line, key and problem.
 */
final class DetectionSettingsFile {
    static final String FILE = "detection.yaml";
    private static final Set<String> TOP_KEYS = Set.of("volume");
    private static final Set<String> VOLUME_KEYS = Set.of("alpha", "method");

    private DetectionSettingsFile() {}

    /** The settings of the config folder: defaults, overridden by detection.yaml when it exists. */
    static DetectionConfig load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DetectionConfig.defaults();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot read: " + e.getMessage());
        }
        return parse(file, text);
    }

    static DetectionConfig parse(Path file, String text) {
        DetectionConfig config = DetectionConfig.defaults();
        DetectionConfig.Volume volume = config.volume();
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return config;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ConfigException(file, line(p), "", "must be a mapping such as 'volume: {alpha: 0.001}'");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                int sectionLine = line(p);
                if (!TOP_KEYS.contains(section)) {
                    throw new ConfigException(file, sectionLine, section, "unknown key; allowed here: " + TOP_KEYS);
                }
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new ConfigException(file, sectionLine, section, "must be a mapping of keys to values");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String path = section + "." + key;
                    int keyLine = line(p);
                    if (!VOLUME_KEYS.contains(key)) {
                        throw new ConfigException(file, keyLine, path, "unknown key; allowed here: " + new java.util.TreeSet<>(VOLUME_KEYS));
                    }
                    JsonToken value = p.nextToken();
                    volume = switch (key) {
                        case "alpha" -> volume.withAlpha(alpha(file, keyLine, path, p, value));
                        default -> volume.withMethod(method(file, keyLine, path, p, value));
                    };
                }
            }
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(file, at == null ? 0 : at.getLineNr(), "", "not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot parse: " + e.getMessage());
        }
        return config.withVolume(volume);
    }

    private static double alpha(Path file, int line, String path, JsonParser p, JsonToken value) throws IOException {
        double a;
        if (value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT) {
            a = p.getDoubleValue();
        } else if (value == JsonToken.VALUE_STRING && p.getText().strip().matches("[0-9.eE+-]+")) {
            a = Double.parseDouble(p.getText().strip());
        } else {
            throw new ConfigException(file, line, path, "must be a number in (0, 0.5), got '" + p.getText() + "'");
        }
        if (!(a > 0 && a < 0.5)) {
            throw new ConfigException(file, line, path, "must be in (0, 0.5), got " + p.getText());
        }
        return a;
    }

    private static VolumeMethodName method(Path file, int line, String path, JsonParser p, JsonToken value) throws IOException {
        String known = Arrays.stream(VolumeMethodName.values()).map(m -> m.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (value != JsonToken.VALUE_STRING) {
            throw new ConfigException(file, line, path, "must be one of " + known);
        }
        try {
            return VolumeMethodName.valueOf(p.getText().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, line, path, "unknown method '" + p.getText() + "'; one of " + known);
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
