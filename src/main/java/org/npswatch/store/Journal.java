package org.npswatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only JSON Lines file shared by several processes (the service and a triage command).
 * Every operation runs under an exclusive lock, first reads what other writers appended since,
 * then may append; appends are forced to disk before the lock is released. A last line without
 * its newline (a writer crashed mid-line) is cut off with a warning; every complete line before it
 * survives.
 */
final class Journal implements AutoCloseable {
    /** Applies one journal entry to the in-memory state; {@code line} is 1-based. */
    interface Replayer {
        void apply(JsonNode entry, int line);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    /** FileLock is per process; two instances on one file in one JVM also need to take turns. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final ReentrantLock inProcess;
    private final ObjectMapper json = FlagCodec.mapper();
    private long consumed;
    private int lines;

    Journal(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            boolean created = !Files.exists(file);
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (created) {
                syncDirectory(file.getParent());
            }
        } catch (IOException e) {
            throw new FlagStoreException(file, "cannot open the flag journal", e);
        }
        this.inProcess = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new ReentrantLock());
    }

    Path file() {
        return file;
    }

    /** Runs {@code body} holding the lock, after replaying what others appended. */
    <T> T locked(Replayer replayer, Supplier<T> body) {
        inProcess.lock();
        try (FileLock lock = channel.lock()) {
            catchUp(replayer);
            return body.get();
        } catch (IOException e) {
            throw new FlagStoreException(file, "cannot lock or read the flag journal", e);
        } finally {
            inProcess.unlock();
        }
    }

    /** Appends entries, one per line, and forces them to disk. Call only inside {@link #locked}. */
    void append(List<? extends JsonNode> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode e : entries) {
            text.append(e.toString()).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            long position = channel.size();
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            channel.force(true);
            consumed = position;
            lines += entries.size();
        } catch (IOException e) {
            throw new FlagStoreException(file, "cannot append to the flag journal", e);
        }
    }

    private void catchUp(Replayer replayer) throws IOException {
        long size = channel.size();
        if (size < consumed) {
            throw new FlagStoreException(file, "the flag journal shrank from " + consumed + " to " + size
                    + " bytes while open; it was edited or replaced by hand", null);
        }
        if (size == consumed) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size - consumed));
        while (buf.hasRemaining()) {
            if (channel.read(buf, consumed + buf.position()) < 0) {
                break;
            }
        }
        byte[] bytes = buf.array();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                boolean last = i == bytes.length - 1;
                if (!replayLine(bytes, start, i, last, replayer)) {
                    cutTornTail(consumed + start, bytes.length - start);
                    return;
                }
                start = i + 1;
            }
        }
        consumed += start;
        if (start < bytes.length) {
            cutTornTail(consumed, bytes.length - start);
        }
    }

    /** False when the line is the last one and unreadable: the remains of an interrupted write. */
    private boolean replayLine(byte[] bytes, int start, int end, boolean last, Replayer replayer) {
        int lineNumber = lines + 1;
        JsonNode entry;
        try {
            entry = end == start ? null : json.readTree(bytes, start, end - start);
        } catch (IOException e) {
            entry = null;
        }
        if (entry == null || !entry.isObject()) {
            if (last) {
                return false;
            }
            throw new FlagStoreException(file, lineNumber, "not a JSON object; the journal is damaged before its"
                    + " last line (restore it from a backup, or move the damaged line out by hand)");
        }
        try {
            replayer.apply(entry, lineNumber);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new FlagStoreException(file, lineNumber, "unreadable entry: " + e.getMessage());
        }
        lines = lineNumber;
        return true;
    }

    private void cutTornTail(long at, int length) throws IOException {
        LOG.warn("{}: ignoring a torn last line ({} bytes) left by an interrupted write; the {} entries before it"
                + " are intact", file, length, lines);
        channel.truncate(at);
        channel.force(true);
        consumed = at;
    }

    private static void syncDirectory(Path dir) {
        // Makes the new file's directory entry durable; not every platform can open a directory.
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("cannot fsync directory {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new FlagStoreException(file, "cannot close the flag journal", e);
        }
    }
}
