package org.npswatch.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagStateChange;

/**
 * Confirmed unknown names waiting for a person to move them into {@code lexicons/substances/}.
 *
 * <p>Each confirmation appends a comment naming the flag and a line in the lexicon file format
 * ({@code canonical | class | status | source | synonyms | street names}) with class {@code OTHER}
 * and status {@code UNLISTED}: npswatch cannot know either, so the reviewer must set them. The file
 * is never read back into the lexicon automatically, because a wrong entry would silence future
 * unknown-name flags for that spelling.
 */
final class LexiconAdditions {
    private final Path file;

    LexiconAdditions(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Appends the entry for a confirmed unknown-name flag unless the file already has it. */
    void add(Flag flag, FlagStateChange confirmation) {
        String marker = "# flag " + flag.id() + " ";
        try {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains("\n" + marker)) {
                return;
            }
            String entry = "\n" + marker + "(" + flag.week() + "), confirmed by " + clean(confirmation.actor())
                    + " at " + confirmation.at().atOffset(ZoneOffset.UTC).toLocalDate()
                    + confirmation.note().map(n -> ": " + clean(n)).orElse("")
                    + "\n# review class and legal status before moving this line into lexicons/substances/\n"
                    + clean(flag.subject()) + " | OTHER | UNLISTED | unverified: npswatch flag " + flag.id() + " |  | \n";
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(entry.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new FlagStoreException(file, "cannot write the lexicon addition for flag " + flag.id(), e);
        }
    }

    /** Keeps a scraped name from breaking the line format: no field separators, no line breaks. */
    static String clean(String text) {
        String s = text.replaceAll("[|;\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s+", " ").strip();
        return s.startsWith("#") ? s.substring(1).strip() : s;
    }
}
