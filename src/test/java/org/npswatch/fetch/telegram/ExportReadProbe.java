package org.npswatch.fetch.telegram;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.npswatch.model.SourceId;

/**
 * Reads an export in its own JVM and prints the report, so that a test can run it with a heap far
 * smaller than the file: if the reader ever loaded the whole document it would run out of memory.
 */
public final class ExportReadProbe {
    private ExportReadProbe() {}

    public static void main(String[] args) {
        AtomicLong textChars = new AtomicLong();
        long start = System.nanoTime();
        ExportReadReport report = new TelegramExportReader(new Pseudonymiser("probe-key-0123456789"))
                .read(Path.of(args[0]), SourceId.of("probe"), post -> textChars.addAndGet(post.text().length()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("read=" + report.messagesRead() + " posts=" + report.postsDelivered() + " service="
                + report.serviceSkipped() + " malformed=" + report.malformedSkipped() + " chars=" + textChars.get()
                + " ms=" + millis);
    }
}
