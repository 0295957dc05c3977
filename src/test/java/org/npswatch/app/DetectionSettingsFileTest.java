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

/** {@code crawl-config/detection.yaml}: the operator's volume alpha and method, checked with file:line errors. */
class DetectionSettingsFileTest {
    @TempDir
    Path config;

    @Test
    void withoutTheFileDetectionUsesTheDocumentedDefaults() {
        assertEquals(DetectionConfig.defaults(), DetectionSettingsFile.load(config));
    }

    @Test
    void theFileOverridesTheVolumeAlphaAndMethodAndNothingElse() throws IOException {
        Files.writeString(config.resolve("detection.yaml"), """
                # replayed our own history: few false volume flags, so a more sensitive alpha
                volume:
                  alpha: 0.002
                  method: cusum
                """);
        DetectionConfig d = DetectionConfig.defaults();
        assertEquals(d.withVolume(d.volume().withAlpha(0.002).withMethod(DetectionConfig.VolumeMethodName.CUSUM)),
                DetectionSettingsFile.load(config));
    }

    @Test
    void mistakesNameTheFileTheLineAndTheKey() {
        Path file = config.resolve("detection.yaml");
        assertEquals(file + ":3: volume.alpha: must be in (0, 0.5), got 5", problem("volume:\n  method: negative_binomial\n  alpha: 5\n"));
        assertEquals(file + ":2: volume.alfa: unknown key; allowed here: [alpha, method]", problem("volume:\n  alfa: 0.001\n"));
        assertEquals(file + ":1: price: unknown key; allowed here: [volume]", problem("price:\n  relativeThreshold: 0.1\n"));
        assertTrue(problem("volume:\n  method: poisson\n").startsWith(file + ":2: volume.method: unknown method 'poisson'; one of ears_c1, "));
        assertEquals(file + ":2: volume.alpha: must be a number in (0, 0.5), got 'high'", problem("volume:\n  alpha: high\n"));
    }

    @Test
    void detectRefusesABadFileWithItsLineAndSourcesDoesNotReadItAsASource() throws IOException {
        Files.writeString(config.resolve("detection.yaml"), "volume:\n  alpha: 0.9\n");
        Path data = config.resolveSibling(config.getFileName() + "-data");
        Files.createDirectories(data.resolve("index"));
        CliRun detect = CliRun.in(data, config, CliRun.WITH_KEY, "detect");
        assertEquals(2, detect.code(), detect.toString());
        assertEquals("npswatch: " + config.resolve("detection.yaml") + ":2: volume.alpha: must be in (0, 0.5), got 0.9\n", detect.err());
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
