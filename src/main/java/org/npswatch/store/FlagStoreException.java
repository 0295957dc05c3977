package org.npswatch.store;

import java.nio.file.Path;

/**
 * The flag store cannot read or write its files: an I/O error, or a journal corrupted somewhere
 * other than its last line. The message names the file (and the line, when one is to blame).
 */
public final class FlagStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FlagStoreException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
                cause);
        this.file = file;
    }

    public FlagStoreException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
    }

    /** The file that could not be read or written. */
    public Path file() {
        return file;
    }
}
