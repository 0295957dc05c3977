package org.npswatch.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.SourceId;

class EvidenceArchiveTest {
    private static final SourceId SHOP = SourceId.of("kruidenshop");

    @TempDir
    Path data;

    private static HttpCapture capture(String path, String body) {
        return new HttpCapture(URI.create("https://kruidenshop.test" + path), Instant.parse("2026-11-23T10:00:00Z"),
                List.of(new HttpHeader("Host", "kruidenshop.test"), new HttpHeader("User-Agent", FixtureShop.USER_AGENT)),
                200, "OK",
                List.of(new HttpHeader("Content-Type", "text/html; charset=utf-8"), new HttpHeader("ETag", "\"v1\"")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String product(int i) {
        return "<!DOCTYPE html><html><head><title>Product " + i + "</title></head><body><h1>4-FMA " + i
                + "</h1><p class=price>&euro; 1" + i + ",50</p></body></html>";
    }

    @Test
    void readsBackTheExactBytesAndTimeOfEachResponse() {
        EvidenceArchive archive = new EvidenceArchive(data);
        String id;
        try (ArchiveWriter writer = archive.open(SHOP, "100000-abc123", LocalDate.of(2026, 11, 23))) {
            id = writer.write(capture("/product/4-fma/", product(1)));
            assertEquals(data.resolve("warc/kruidenshop/2026-11-23-100000-abc123.warc.gz"), writer.file());
        }

        ArchivedResponse r = new EvidenceArchive(data).read(id).orElseThrow();

        assertTrue(id.startsWith("urn:uuid:"), id);
        assertArrayEquals(product(1).getBytes(StandardCharsets.UTF_8), r.body());
        assertEquals(URI.create("https://kruidenshop.test/product/4-fma/"), r.url());
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), r.fetchedAt());
        assertEquals("\"v1\"", HttpHeader.first(r.headers(), "ETag").orElseThrow());
        assertEquals(Optional.empty(), archive.read("urn:uuid:00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void aRevisitRecordReadsAsTheResponseItRefersTo() {
        EvidenceArchive archive = new EvidenceArchive(data);
        String original;
        String revisit;
        try (ArchiveWriter writer = archive.open(SHOP, "100000-abc123", LocalDate.of(2026, 11, 23))) {
            original = writer.write(capture("/faq/", product(2)));
            revisit = writer.writeRevisit(capture("/faq/", product(2)), original, Instant.parse("2026-11-23T10:00:00Z"), false);
        }

        assertArrayEquals(product(2).getBytes(StandardCharsets.UTF_8), archive.read(revisit).orElseThrow().body());
        assertEquals(original, archive.read(revisit).orElseThrow().recordId());
    }

    @Test
    void aFileCutOffMidRecordKeepsItsEarlierRecordsReadable() throws IOException {
        EvidenceArchive archive = new EvidenceArchive(data);
        String[] ids = new String[3];
        Path file;
        try (ArchiveWriter writer = archive.open(SHOP, "100000-abc123", LocalDate.of(2026, 11, 23))) {
            for (int i = 0; i < 3; i++) {
                ids[i] = writer.write(capture("/product/" + i + "/", product(i)));
            }
            file = writer.file();
        }
        List<String> index = Files.readAllLines(archive.folder(SHOP).resolve(EvidenceArchive.INDEX_FILE));
        long thirdResponse = Long.parseLong(index.get(2).split("\t")[2]);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(thirdResponse + 60); // a crash in the middle of the third response's gzip member
        }
        // Also lose the index, so the records must be found by scanning the damaged file.
        Files.delete(archive.folder(SHOP).resolve(EvidenceArchive.INDEX_FILE));
        EvidenceArchive reopened = new EvidenceArchive(data);

        assertArrayEquals(product(0).getBytes(StandardCharsets.UTF_8), reopened.read(ids[0]).orElseThrow().body());
        assertArrayEquals(product(1).getBytes(StandardCharsets.UTF_8), reopened.read(ids[1]).orElseThrow().body());
        assertEquals(Optional.empty(), reopened.read(ids[2]), "the cut record is gone, and only it");
        assertEquals(List.of(ids[0], ids[1]), EvidenceArchive.responseIds(file));
    }
}
