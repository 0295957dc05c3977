package org.npswatch.index;

import java.nio.file.Path;

/**
 * The offer index cannot be opened, read or written; the message names the index directory and
 * what to do where something can be done.
 */
public final class IndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexException(Path indexDir, String problem) {
        super(indexDir + ": " + problem);
    }

    public IndexException(Path indexDir, String problem, Throwable cause) {
        super(indexDir + ": " + problem + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }
}
