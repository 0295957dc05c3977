package org.npswatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A failure the user can fix (bad argument, missing or wrong input file); printed as its message,
 * without a stack trace. The message names the option, file or URL and what is wrong with it.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(String message) {
        this(message, Main.USAGE);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /**
     * Checks that an input file exists, is a readable regular file and is not empty.
     *
     * @param what what the file should be, for the message ("the saved page")
     * @return the file
     */
    static Path inputFile(Path file, String what) {
        if (!Files.exists(file)) {
            throw new UserError(file + ": no such file (" + what + ")");
        }
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a directory; give " + what + " itself");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserError(file + ": cannot be read (" + what + ")");
        }
        try {
            if (Files.size(file) == 0) {
                throw new UserError(file + ": is empty (0 bytes), expected " + what);
            }
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read: " + e.getMessage());
        }
        return file;
    }

    /**
     * Checks that a file holds text, not a compressed or binary file: the first bytes hold no NUL
     * and no gzip or zip signature.
     *
     * @param what what the file should be, for the message
     * @return the file
     */
    static Path textFile(Path file, String what) {
        inputFile(file, what);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read: " + e.getMessage());
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            throw new UserError(file + ": is gzip-compressed; decompress it first (gunzip), then give " + what);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new UserError(file + ": is a zip archive; unpack it and give " + what);
        }
        if (head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            throw new UserError(file + ": is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8) and give " + what);
        }
        for (byte b : head) {
            if (b == 0) {
                throw new UserError(file + ": is a binary file, not text; expected " + what);
            }
        }
        return file;
    }
}
