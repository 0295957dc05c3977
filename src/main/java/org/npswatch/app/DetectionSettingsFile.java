package org.npswatch.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.npswatch.config.ConfigException;
import org.npswatch.config.ConfigFiles;
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
 *   method: negative_binomial  # or ears_c1, ears_c2, ears_c3, cusum
 *   rise_alpha: 0.001          # tail probabilities of the negative-binomial tests, in (0, 0.5)
 *   two_week_rise_alpha: 0.005
 *   fall_alpha: 0.0005
 *   two_week_fall_alpha: 0.001
 *   alpha_scale: 1             # multiplies the four alphas above, in (0, 100]
 * </pre>
 *
 * A mistake is a {@link ConfigException} naming the file, line, key and problem.
 */
final class DetectionSettingsFile {
    static final String FILE = "detection.yaml";
    private static final Set<String> TOP_KEYS = Set.of("volume");
    private static final Set<String> VOLUME_KEYS = Set.of("method", "rise_alpha", "two_week_rise_alpha", "fall_alpha",
            "two_week_fall_alpha", "alpha_scale");

    private DetectionSettingsFile() {}

    /** The settings of the config folder: defaults, overridden by detection.yaml when it exists. */
    static DetectionConfig load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DetectionConfig.defaults();
        }
        return parse(file, ConfigFiles.readText(file, "detection settings file"));
    }

    static DetectionConfig parse(Path file, String text) {
        DetectionConfig config = DetectionConfig.defaults();
        DetectionConfig.Volume volume = config.volume();
        DetectionConfig.NegativeBinomial nb = volume.negativeBinomial();
        double scale = 1;
        int scaleLine = 0;
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return config;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ConfigException(file, line(p), "", "must be a mapping such as 'volume: {alpha_scale: 0.5}'");
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
                    switch (key) {
                        case "method" -> volume = volume.withMethod(method(file, keyLine, path, p, value));
                        case "alpha_scale" -> {
                            scale = number(file, keyLine, path, p, value, 100, "(0, 100]");
                            scaleLine = keyLine;
                        }
                        default -> nb = withAlpha(nb, key, number(file, keyLine, path, p, value, 0.5, "(0, 0.5)"));
                    }
                }
            }
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(file, at == null ? 0 : at.getLineNr(), "", "not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot parse: " + e.getMessage());
        }
        try {
            nb = nb.withAlphaScale(scale);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, scaleLine, "volume.alpha_scale", "makes an alpha too large: " + e.getMessage());
        }
        return config.withVolume(volume.withNegativeBinomial(nb));
    }

    private static DetectionConfig.NegativeBinomial withAlpha(DetectionConfig.NegativeBinomial nb, String key, double a) {
        return new DetectionConfig.NegativeBinomial(nb.maxBaselineWeeks(),
                key.equals("rise_alpha") ? a : nb.riseAlpha(),
                key.equals("two_week_rise_alpha") ? a : nb.twoWeekRiseAlpha(),
                key.equals("fall_alpha") ? a : nb.fallAlpha(),
                key.equals("two_week_fall_alpha") ? a : nb.twoWeekFallAlpha(),
                nb.levelShiftZ(), nb.pooledDispersionPairs(), nb.supportingAlphaScale());
    }

    /** A number in (0, max) (or (0, max] when {@code range} says so). */
    private static double number(Path file, int line, String path, JsonParser p, JsonToken value, double max, String range)
            throws IOException {
        double a;
        if (value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_NUMBER_INT) {
            a = p.getDoubleValue();
        } else if (value == JsonToken.VALUE_STRING && p.getText().strip().matches("[0-9.eE+-]+")) {
            a = Double.parseDouble(p.getText().strip());
        } else {
            throw new ConfigException(file, line, path, "must be a number in " + range + ", got '" + p.getText() + "'");
        }
        boolean inclusive = range.endsWith("]");
        if (!(a > 0 && (inclusive ? a <= max : a < max))) {
            throw new ConfigException(file, line, path, "must be in " + range + ", got " + p.getText());
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
