package org.npswatch.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateTest {
    @TempDir
    Path data;

    private static PageState page(String path, String sha) {
        return new PageState(URI.create("https://kruidenshop.test" + path), Optional.of("W/\"abc\""),
                Optional.empty(), sha, "urn:uuid:9b0c7a2e-3d4f-4c55-8f57-1c2d3e4f5a6b", Instant.parse("2026-11-23T10:00:01.123456Z"));
    }

    @Test
    void survivesARestart() {
        CrawlState state = CrawlState.load(data, FixtureShop.SOURCE);
        state.put(page("/product/3-mmc/", "aa11"));
        state.put(page("/faq/", "bb22"));
        state.save();

        CrawlState again = CrawlState.load(data, FixtureShop.SOURCE);

        assertEquals(2, again.size());
        assertEquals(page("/product/3-mmc/", "aa11"), again.get(URI.create("https://kruidenshop.test/product/3-mmc/")).orElseThrow());
        assertEquals(Optional.empty(), again.get(URI.create("https://kruidenshop.test/nope/")));
    }

    @Test
    void savingReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        CrawlState state = CrawlState.load(data, FixtureShop.SOURCE);
        state.put(page("/faq/", "bb22"));
        state.save();
        state.put(page("/faq/", "cc33"));
        state.save();

        try (Stream<Path> files = Files.list(CrawlState.file(data, FixtureShop.SOURCE).getParent())) {
            assertEquals(1, files.count());
        }
        assertEquals("cc33", CrawlState.load(data, FixtureShop.SOURCE).get(URI.create("https://kruidenshop.test/faq/")).orElseThrow().sha256());
    }

    @Test
    void aDamagedStateFileIsReportedWithItsPath() throws IOException {
        Path file = CrawlState.file(data, FixtureShop.SOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\":1,\"pages\":{\"https://x/\":");

        ArchiveException e = assertThrows(ArchiveException.class, () -> CrawlState.load(data, FixtureShop.SOURCE));

        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
}
