package org.npswatch.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.npswatch.model.SourceId;

/**
 * Per-source memory of fetched pages (validators and content hash per URL) in
 * {@code dataDir/state/<source>/pages.json}, so the next crawl can skip unchanged pages. Saving
 * writes a temporary file and moves it over the old one atomically: a crash leaves either the old
 * or the new state, never a torn file. Not thread-safe: one crawl uses it from one thread.
 */
public final class CrawlState {
    static final String FILE = "pages.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAVE_EVERY_CHANGES = 20;
    private static final Duration SAVE_EVERY = Duration.ofSeconds(5);

    private final Path file;
    private final Map<String, PageState> pages;
    private int unsaved;
    private Instant lastSave = Instant.now();

    private CrawlState(Path file, Map<String, PageState> pages) {
        this.file = file;
        this.pages = pages;
    }

    /** The state file of {@code source} in {@code dataDir}. */
    public static Path file(Path dataDir, SourceId source) {
        return dataDir.resolve("state").resolve(source.value()).resolve(FILE);
    }

    /**
     * Loads the state of {@code source}, empty when there is none yet.
     *
     * @throws ArchiveException when the file exists but cannot be read
     */
    public static CrawlState load(Path dataDir, SourceId source) {
        Path file = file(dataDir, source);
        Map<String, PageState> pages = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                JsonNode root = JSON.readTree(file.toFile());
                for (Map.Entry<String, JsonNode> e : root.path("pages").properties()) {
                    pages.put(e.getKey(), fromJson(e.getKey(), e.getValue()));
                }
            } catch (IOException | RuntimeException e) {
                throw new ArchiveException(file, "cannot read crawl state", e);
            }
        }
        return new CrawlState(file, pages);
    }

    public Optional<PageState> get(URI url) {
        return Optional.ofNullable(pages.get(url.toString()));
    }

    public int size() {
        return pages.size();
    }

    /** Records the state of a page; saved by {@link #saveIfDue()} or {@link #save()}. */
    public void put(PageState state) {
        pages.put(state.url().toString(), state);
        unsaved++;
    }

    /** Forgets a page, so the next crawl fetches it unconditionally. */
    public void remove(URI url) {
        if (pages.remove(url.toString()) != null) {
            unsaved++;
        }
    }

    /** Saves when enough changes or time have piled up since the last save. */
    public void saveIfDue() {
        if (unsaved >= SAVE_EVERY_CHANGES
                || (unsaved > 0 && Duration.between(lastSave, Instant.now()).compareTo(SAVE_EVERY) >= 0)) {
            save();
        }
    }

    /**
     * Writes the state: temporary file, then atomic move.
     *
     * @throws ArchiveException when it cannot be written
     */
    public void save() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode all = root.putObject("pages");
        pages.forEach((url, state) -> all.set(url, toJson(state)));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
                try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                move(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ArchiveException(file, "cannot save crawl state", e);
        }
        unsaved = 0;
        lastSave = Instant.now();
    }

    private void move(Path tmp) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ObjectNode toJson(PageState s) {
        ObjectNode node = JSON.createObjectNode();
        s.etag().ifPresent(v -> node.put("etag", v));
        s.lastModified().ifPresent(v -> node.put("lastModified", v));
        node.put("sha256", s.sha256());
        node.put("warcRecordId", s.warcRecordId());
        node.put("fetchedAt", s.fetchedAt().toString());
        return node;
    }

    private static PageState fromJson(String url, JsonNode node) {
        return new PageState(
                URI.create(url),
                Optional.ofNullable(node.path("etag").textValue()),
                Optional.ofNullable(node.path("lastModified").textValue()),
                node.path("sha256").asText(),
                node.path("warcRecordId").asText(),
                Instant.parse(node.path("fetchedAt").asText()));
    }
}
