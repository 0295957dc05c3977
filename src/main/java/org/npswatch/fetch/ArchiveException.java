package org.npswatch.fetch;

import java.nio.file.Path;

/** The evidence archive could not be written or read; the message names the file. */
public final class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArchiveException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
