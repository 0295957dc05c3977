package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.config.ConfigException;
import org.npswatch.detect.DetectionConfig;

/** {@code crawl-config/detection.yaml}: the operator's volume alphas and method, checked with file:line errors. */
class DetectionSettingsFileTest {
    @TempDir
    Path config;

    @Test
    void withoutTheFileDetectionUsesTheDocumentedDefaults() {
        assertEquals(DetectionConfig.defaults(), DetectionSettingsFile.load(config));
    }

    @Test
    void theFileOverridesTheVolumeAlphasAndMethodAndNothingElse() throws IOException {
        Files.writeString(config.resolve("detection.yaml"), """
                # replayed our own history: few false volume flags, so more sensitive rises
                volume:
                  two_week_rise_alpha: 0.008
                  fall_alpha: 0.0002
                  alpha_scale: 0.5
                  method: cusum
                """);
        DetectionConfig d = DetectionConfig.defaults();
        DetectionConfig.NegativeBinomial nb = d.volume().negativeBinomial();
        DetectionConfig.NegativeBinomial expected = new DetectionConfig.NegativeBinomial(nb.maxBaselineWeeks(),
                nb.riseAlpha() * 0.5, 0.004, 0.0001, nb.twoWeekFallAlpha() * 0.5, nb.levelShiftZ(),
                nb.pooledDispersionPairs(), nb.supportingAlphaScale());
        assertEquals(d.withVolume(d.volume().withNegativeBinomial(expected).withMethod(DetectionConfig.VolumeMethodName.CUSUM)),
                DetectionSettingsFile.load(config));
    }

    @Test
    void mistakesNameTheFileTheLineAndTheKey() {
        Path file = config.resolve("detection.yaml");
        assertEquals(file + ":3: volume.rise_alpha: must be in (0, 0.5), got 5",
                problem("volume:\n  method: negative_binomial\n  rise_alpha: 5\n"));
        assertEquals(file + ":2: volume.alpha: unknown key; allowed here: [alpha_scale, fall_alpha, method, rise_alpha,"
                + " two_week_fall_alpha, two_week_rise_alpha]", problem("volume:\n  alpha: 0.001\n"));
        assertEquals(file + ":3: volume.alpha_scale: makes an alpha too large: volume.negativeBinomial.twoWeekRiseAlpha"
                + " must be in (0, 0.5): 0.5", problem("volume:\n  two_week_rise_alpha: 0.05\n  alpha_scale: 10\n"));
        assertEquals(file + ":1: price: unknown key; allowed here: [volume]", problem("price:\n  relativeThreshold: 0.1\n"));
        assertTrue(problem("volume:\n  method: poisson\n").startsWith(file + ":2: volume.method: unknown method 'poisson'; one of ears_c1, "));
        assertEquals(file + ":2: volume.fall_alpha: must be a number in (0, 0.5), got 'high'", problem("volume:\n  fall_alpha: high\n"));
    }

    @Test
    void detectRefusesABadFileWithItsLineAndSourcesDoesNotReadItAsASource() throws IOException {
        Files.writeString(config.resolve("detection.yaml"), "volume:\n  rise_alpha: 0.9\n");
        Path data = config.resolveSibling(config.getFileName() + "-data");
        Files.createDirectories(data.resolve("index"));
        CliRun detect = CliRun.in(data, config, CliRun.WITH_KEY, "detect");
        assertEquals(2, detect.code(), detect.toString());
        assertEquals("npswatch: " + config.resolve("detection.yaml") + ":2: volume.rise_alpha: must be in (0, 0.5), got 0.9\n", detect.err());
        CliRun sources = CliRun.in(data, config, CliRun.WITH_KEY, "sources");
        assertTrue(!sources.out().contains("detection") && !sources.err().contains("detection"), sources.toString());
    }

    private String problem(String yaml) {
        try {
            Files.writeString(config.resolve("detection.yaml"), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return assertThrows(ConfigException.class, () -> DetectionSettingsFile.load(config)).getMessage();
    }
}
