package org.npswatch.fetch;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Appends the records of one crawl to its WARC file. Each exchange is synced to disk before its
 * index line is written, so an index line always points at a complete record. Not thread-safe:
 * one crawl writes from one thread.
 */
public final class ArchiveWriter implements Closeable {
    private final Path file;
    private final Path indexFile;
    private final BiConsumer<String, EvidenceArchive.Location> onIndexed;
    private FileOutputStream out;
    private WarcWriter warc;
    private long base;

    ArchiveWriter(Path file, Path indexFile, BiConsumer<String, EvidenceArchive.Location> onIndexed) {
        this.file = file;
        this.indexFile = indexFile;
        this.onIndexed = onIndexed;
    }

    /** The WARC file this writer appends to (it exists once a record was written). */
    public Path file() {
        return file;
    }

    /**
     * Archives a request and its response.
     *
     * @return the WARC-Record-ID of the response record
     * @throws ArchiveException when the file cannot be written
     */
    public String write(HttpCapture capture) {
        try {
            ensureOpen();
            WarcResponse response = new WarcResponse.Builder(capture.url())
                    .date(capture.fetchedAt())
                    .body(MediaType.HTTP_RESPONSE, responseBytes(capture, true))
                    .payloadDigest(sha1(capture.body()))
                    .build();
            WarcRequest request = new WarcRequest.Builder(capture.url())
                    .date(capture.fetchedAt())
                    .concurrentTo(response.id())
                    .body(MediaType.HTTP_REQUEST, requestBytes(capture))
                    .build();
            long offset = append(response);
            append(request);
            sync();
            index(response.id().toString(), offset);
            return response.id().toString();
        } catch (IOException e) {
            throw new ArchiveException(file, "cannot write WARC record for " + capture.url(), e);
        }
    }

    /**
     * Archives that a page was seen again unchanged: a revisit record holding only the new
     * response's headers and pointing at the earlier response.
     *
     * @param capture the new exchange (its body is not stored)
     * @param earlier the record id of the earlier response with the same payload
     * @param earlierDate the earlier response's date
     * @param serverNotModified true when the server said 304, false when the bytes were identical
     * @return the WARC-Record-ID of the revisit record
     */
    public String writeRevisit(HttpCapture capture, String earlier, Instant earlierDate, boolean serverNotModified) {
        try {
            ensureOpen();
            URI profile = serverNotModified ? WarcRevisit.SERVER_NOT_MODIFIED_1_1 : WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1;
            WarcRevisit.Builder builder = new WarcRevisit.Builder(capture.url(), profile)
                    .date(capture.fetchedAt())
                    .refersTo(URI.create(earlier), capture.url(), earlierDate)
                    .body(MediaType.HTTP_RESPONSE, responseBytes(capture, false));
            if (!serverNotModified) {
                builder.payloadDigest(sha1(capture.body()));
            }
            WarcRevisit revisit = builder.build();
            long offset = append(revisit);
            sync();
            index(revisit.id().toString(), offset);
            return revisit.id().toString();
        } catch (IOException e) {
            throw new ArchiveException(file, "cannot write WARC revisit record for " + capture.url(), e);
        }
    }

    private void ensureOpen() throws IOException {
        if (warc != null) {
            return;
        }
        Files.createDirectories(file.getParent());
        base = Files.exists(file) ? Files.size(file) : 0;
        out = new FileOutputStream(file.toFile(), true);
        // A plain stream, not a FileChannel: an interrupt must not close the file mid-record.
        warc = new WarcWriter(new StreamChannel(out), WarcCompression.GZIP);
        append(new Warcinfo.Builder()
                .date(Instant.now())
                .filename(file.getFileName().toString())
                .fields(Map.of("software", List.of("npswatch"), "format", List.of("WARC File Format 1.1")))
                .build());
    }

    private long append(WarcRecord record) throws IOException {
        long offset = base + warc.position();
        warc.write(record);
        return offset;
    }

    private void sync() throws IOException {
        out.flush();
        out.getFD().sync();
    }

    private void index(String recordId, long offset) throws IOException {
        String line = recordId + "\t" + file.getFileName() + "\t" + offset + "\n";
        Files.createDirectories(indexFile.getParent());
        try (OutputStream index = new FileOutputStream(indexFile.toFile(), true)) {
            index.write(line.getBytes(StandardCharsets.UTF_8));
        }
        onIndexed.accept(recordId, new EvidenceArchive.Location(file, offset));
    }

    /** The response as HTTP/1.1 bytes; transfer coding is dropped because the body is de-chunked. */
    private static byte[] responseBytes(HttpCapture capture, boolean withBody) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(capture.status());
        if (!capture.reason().isEmpty()) {
            head.append(' ').append(capture.reason());
        }
        head.append("\r\n");
        for (HttpHeader h : capture.responseHeaders()) {
            if (!h.name().equalsIgnoreCase("Transfer-Encoding")) {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (!withBody) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + capture.body().length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(capture.body(), 0, all, headBytes.length, capture.body().length);
        return all;
    }

    private static byte[] requestBytes(HttpCapture capture) {
        URI url = capture.url();
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
        for (HttpHeader h : capture.requestHeaders()) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static WarcDigest sha1(byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(body);
            return new WarcDigest(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    @Override
    public void close() {
        if (out == null) {
            return;
        }
        try {
            warc.close();
        } catch (IOException e) {
            throw new ArchiveException(file, "cannot close WARC file", e);
        } finally {
            out = null;
            warc = null;
        }
    }

    /** A channel over a stream that, unlike FileChannel, is not closed by thread interrupts. */
    private static final class StreamChannel implements WritableByteChannel {
        private final OutputStream out;
        private boolean open = true;

        StreamChannel(OutputStream out) {
            this.out = out;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = src.remaining();
            if (src.hasArray()) {
                out.write(src.array(), src.arrayOffset() + src.position(), n);
                src.position(src.limit());
            } else {
                byte[] copy = new byte[n];
                src.get(copy);
                out.write(copy);
            }
            return n;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() throws IOException {
            open = false;
            out.close();
        }
    }
}
