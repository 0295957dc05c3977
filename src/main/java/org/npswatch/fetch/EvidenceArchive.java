package org.npswatch.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.npswatch.model.SourceId;

/**
 * The evidence archive: every fetched page as WARC request and response records under
 * {@code dataDir/warc/<source>/}, one gzipped WARC file per crawl and one gzip member per record,
 * so a file cut off by a crash loses only its last record. An append-only {@code index.tsv} per
 * source maps record ids to file and offset; when it lacks an id (a crash between record and
 * index line) the WARC files are scanned.
 *
 * <p>Thread-safe: writers of different sources may run at once; reads may run any time.
 */
public final class EvidenceArchive {
    static final String INDEX_FILE = "index.tsv";

    private final Path root;
    private final Map<String, Location> index = new ConcurrentHashMap<>();

    /** Where a record lives: file and byte offset of its gzip member. */
    record Location(Path file, long offset) {}

    /** @param dataDir the data directory; records go to {@code dataDir/warc} */
    public EvidenceArchive(Path dataDir) {
        this.root = dataDir.resolve("warc");
    }

    /** The folder holding the WARC files of {@code source}. */
    public Path folder(SourceId source) {
        return root.resolve(source.value());
    }

    /**
     * Opens a writer for one crawl; its file {@code <yyyy-MM-dd>-<crawlId>.warc.gz} is created on
     * the first record.
     */
    public ArchiveWriter open(SourceId source, String crawlId, java.time.LocalDate day) {
        Path folder = folder(source);
        Path file = folder.resolve(day + "-" + crawlId + ".warc.gz");
        return new ArchiveWriter(file, folder.resolve(INDEX_FILE), this::remember);
    }

    void remember(String recordId, Location location) {
        index.put(recordId, location);
    }

    /**
     * Reads back an archived response by its record id. A revisit record (page unchanged) reads
     * as the response it refers to.
     *
     * @return the response, or empty when no such record exists
     * @throws ArchiveException when the record exists but cannot be read
     */
    public Optional<ArchivedResponse> read(String recordId) {
        Optional<Location> location = locate(recordId);
        if (location.isEmpty()) {
            return Optional.empty();
        }
        return readAt(location.get());
    }

    private Optional<Location> locate(String recordId) {
        Location known = index.get(recordId);
        if (known != null) {
            return Optional.of(known);
        }
        loadIndexFiles();
        known = index.get(recordId);
        if (known != null) {
            return Optional.of(known);
        }
        return scanWarcFiles(recordId);
    }

    private Optional<ArchivedResponse> readAt(Location location) {
        try (FileChannel channel = FileChannel.open(location.file(), StandardOpenOption.READ)) {
            channel.position(location.offset());
            try (WarcReader reader = new WarcReader(channel)) {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return Optional.empty();
                }
                if (record.get() instanceof WarcRevisit revisit && revisit.refersTo().isPresent()) {
                    return read(revisit.refersTo().get().toString());
                }
                if (!(record.get() instanceof WarcResponse response)) {
                    return Optional.empty();
                }
                return Optional.of(toArchived(response, location));
            }
        } catch (IOException e) {
            throw new ArchiveException(location.file(), "cannot read record at offset " + location.offset(), e);
        }
    }

    private static ArchivedResponse toArchived(WarcResponse response, Location location) throws IOException {
        HttpResponse http = response.http();
        List<HttpHeader> headers = new ArrayList<>();
        http.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new HttpHeader(name, v))));
        byte[] body;
        try (InputStream in = http.body().stream()) {
            body = in.readAllBytes();
        }
        return new ArchivedResponse(
                response.id().toString(),
                response.targetURI(),
                response.date(),
                http.status(),
                headers,
                body,
                location.file(),
                location.offset());
    }

    private void loadIndexFiles() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path indexFile : folders.map(f -> f.resolve(INDEX_FILE)).filter(Files::isRegularFile).toList()) {
                loadIndexFile(indexFile);
            }
        } catch (IOException e) {
            throw new ArchiveException(root, "cannot list archive folders", e);
        }
    }

    private void loadIndexFile(Path indexFile) throws IOException {
        String content = Files.readString(indexFile, StandardCharsets.UTF_8);
        // A crash may leave a torn last line without its newline: only whole lines count.
        int end = content.lastIndexOf('\n');
        if (end < 0) {
            return;
        }
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(content.substring(0, end)))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] parts = line.split("\t");
                if (parts.length >= 3) {
                    Path file = indexFile.resolveSibling(parts[1]);
                    index.putIfAbsent(parts[0], new Location(file, Long.parseLong(parts[2])));
                }
            }
        }
    }

    private Optional<Location> scanWarcFiles(String recordId) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        URI wanted = URI.create(recordId);
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".warc.gz")).sorted().toList()) {
                Optional<Location> found = scanWarcFile(file, wanted);
                if (found.isPresent()) {
                    index.put(recordId, found.get());
                    return found;
                }
            }
        } catch (IOException e) {
            throw new ArchiveException(root, "cannot list WARC files", e);
        }
        return Optional.empty();
    }

    /** Scans one file, stopping quietly at a truncated or damaged tail. */
    static Optional<Location> scanWarcFile(Path file, URI wanted) {
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return Optional.empty();
                }
                if (record.get().id().equals(wanted)) {
                    return Optional.of(new Location(file, record.get().position()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The record ids of all responses in one WARC file that can still be read, in file order;
     * stops at a damaged tail.
     */
    public static List<String> responseIds(Path warcFile) {
        List<String> ids = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warcFile)) {
            while (true) {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return ids;
                }
                if (record.get() instanceof WarcResponse) {
                    ids.add(record.get().id().toString());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return ids;
        }
    }
}
