package org.npswatch.fetch.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.OptionalLong;
import org.npswatch.model.SourceId;

/**
 * The id of the newest message already read, per Telegram source, one small file each under
 * {@code DATA_DIR/telegram-preview/}. Written to a temporary file and moved into place atomically,
 * so a crash leaves either the old or the new id, never a torn file.
 */
public final class LastSeenStore {
    private final Path dir;

    /** @param dataDir the program's data directory; the store keeps its files in a subfolder */
    public LastSeenStore(Path dataDir) {
        this.dir = Objects.requireNonNull(dataDir, "dataDir").resolve("telegram-preview");
    }

    /** The last seen message id of a source, empty before its first successful run. */
    public OptionalLong lastSeen(SourceId source) {
        Path file = fileOf(source);
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return OptionalLong.of(Long.parseLong(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read last seen message id from " + file, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("corrupt last seen message id in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records the newest message id read from a source. */
    public void remember(SourceId source, long messageId) {
        Path file = fileOf(source);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, source.value(), ".tmp");
            try {
                Files.writeString(tmp, messageId + "\n", StandardCharsets.UTF_8);
                moveIntoPlace(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write last seen message id to " + file, e);
        }
    }

    private static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path fileOf(SourceId source) {
        return dir.resolve(source.value() + ".last-seen");
    }
}
