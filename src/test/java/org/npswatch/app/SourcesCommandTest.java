package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code npswatch sources} on the operator's config folder fixture (config/crawl-config, see its README). */
class SourcesCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/config/crawl-config");

    @TempDir
    Path tmp;

    @Test
    void listsGoodSourcesAndReportsEachBadFileWithLineAndKey() {
        CliRun r = CliRun.in(tmp.resolve("data"), FIXTURE, Map.of(), "sources");
        assertEquals(1, r.code(), r.toString());
        List<String> lines = r.lines();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).matches("custom-shop +webshop +https://custom-shop\\.example/catalogue +0 0 3 \\* \\* \\?"), lines.get(0));
        assertTrue(lines.get(1).startsWith("example-rc-shop "), lines.get(1));
        assertTrue(lines.get(2).matches("example-tg-channel +telegram_channel +@example_menu_channel via preview .*"), lines.get(2));
        assertEquals("3 source(s), 2 bad file(s)", lines.get(3));
        assertEquals("""
                error: %s:6: politeness_delay: must be at least 1s, got 200ms
                error: %s:6: max_page: unknown key (did you mean 'max_pages'?)
                """.formatted(FIXTURE.resolve("broken-delay.yaml"), FIXTURE.resolve("broken-typo.yaml")), r.err());
    }

    @Test
    void goodFilesOnlyExitZero() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.copy(FIXTURE.resolve("rc-shop.yaml"), config.resolve("rc-shop.yaml"));
        CliRun r = CliRun.in(tmp.resolve("data"), config, Map.of(), "sources");
        assertEquals(0, r.code(), r.toString());
        assertEquals("1 source(s), 0 bad file(s)", r.lines().getLast());
        assertEquals("", r.err());
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.writeString(config.resolve("shop.yaml"), """
                id: broken-shop
                kind: webshop
                seeds: [https://broken.example/
                max_pages: 10
                """);
        CliRun r = CliRun.in(tmp.resolve("data"), config, Map.of(), "sources");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: " + config.resolve("shop.yaml") + ":"), r.err());
        assertTrue(r.err().contains("not valid YAML"), r.err());
    }

    @Test
    void anEmptyFolderSaysHowToAddASource() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config"));
        CliRun r = CliRun.in(tmp.resolve("data"), config, Map.of(), "sources");
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of("0 source(s), 0 bad file(s)",
                "no source files (*.yaml) in " + config + ": copy one of crawl-config/examples/ there (README: Adding a shop)"),
                r.lines());
    }

    @Test
    void aMissingConfigFolderIsAUsageError() {
        Path missing = tmp.resolve("nowhere");
        CliRun r = CliRun.in(tmp.resolve("data"), missing, Map.of(), "sources");
        assertEquals(2, r.code());
        assertEquals("npswatch: config folder " + missing.toAbsolutePath()
                + " does not exist (pass --config DIR or create it; templates: crawl-config/examples/)\n", r.err());
    }
}
