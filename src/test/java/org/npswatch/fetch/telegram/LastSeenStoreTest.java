package org.npswatch.fetch.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.SourceId;

class LastSeenStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void remembersTheNewestIdPerSourceAcrossInstancesWithoutLeavingTemporaryFiles() throws Exception {
        LastSeenStore store = new LastSeenStore(dataDir);
        store.remember(SourceId.of("snowexpress-nl"), 48);
        store.remember(SourceId.of("snowexpress-nl"), 57);
        store.remember(SourceId.of("pillenpost-nl"), 311);

        LastSeenStore reopened = new LastSeenStore(dataDir);
        assertEquals(OptionalLong.of(57), reopened.lastSeen(SourceId.of("snowexpress-nl")));
        assertEquals(OptionalLong.of(311), reopened.lastSeen(SourceId.of("pillenpost-nl")));
        assertEquals(OptionalLong.empty(), reopened.lastSeen(SourceId.of("never-read")));
        try (Stream<Path> files = Files.list(dataDir.resolve("telegram-preview"))) {
            assertEquals(List.of("pillenpost-nl.last-seen", "snowexpress-nl.last-seen"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void namesTheFileWhenItsContentIsCorrupt() throws Exception {
        Path dir = Files.createDirectories(dataDir.resolve("telegram-preview"));
        Path file = dir.resolve("snowexpress-nl.last-seen");
        Files.writeString(file, "4x8\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new LastSeenStore(dataDir).lastSeen(SourceId.of("snowexpress-nl")));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
