package org.npswatch.source;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each scheduled job last started and last completed, kept in the data directory so a
 * restarted service knows which runs it missed. Written atomically (temp file + move): a crash
 * mid-write leaves the previous ledger intact. Thread-safe.
 */
public final class ScheduleLedger {
    /** Start and completion of the last run of one job; completion empty while it runs. */
    public record Entry(Instant lastStarted, Optional<Instant> lastCompleted) {}

    private record Stored(String lastStarted, String lastCompleted) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();

    private ScheduleLedger(Path file) {
        this.file = file;
    }

    /** Opens (or creates) the ledger at {@code dataDir/state/schedule.json}. */
    public static ScheduleLedger open(Path dataDir) {
        ScheduleLedger l = new ScheduleLedger(dataDir.resolve("state").resolve("schedule.json"));
        if (Files.exists(l.file)) {
            try {
                Map<String, Stored> raw = JSON.readValue(l.file.toFile(), new TypeReference<Map<String, Stored>>() {});
                raw.forEach((k, v) -> l.entries.put(k, new Entry(Instant.parse(v.lastStarted()),
                        Optional.ofNullable(v.lastCompleted()).map(Instant::parse))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(l.file + ": schedule ledger is unreadable (" + e.getMessage()
                        + "); move it away to start with no history of runs", e);
            }
        }
        return l;
    }

    public synchronized Optional<Entry> get(String job) {
        return Optional.ofNullable(entries.get(job));
    }

    public synchronized void started(String job, Instant at) {
        entries.put(job, new Entry(at, Optional.empty()));
        save();
    }

    public synchronized void completed(String job, Instant at) {
        Entry e = entries.get(job);
        entries.put(job, new Entry(e == null ? at : e.lastStarted(), Optional.of(at)));
        save();
    }

    private void save() {
        Map<String, Stored> raw = new TreeMap<>();
        entries.forEach((k, v) -> raw.put(k, new Stored(v.lastStarted().toString(),
                v.lastCompleted().map(Instant::toString).orElse(null))));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), raw);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write schedule ledger", e);
        }
    }
}
