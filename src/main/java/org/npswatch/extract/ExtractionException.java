package org.npswatch.extract;

import java.nio.file.Path;

/** A saved page could not be read for extraction; the message names the file and the problem. */
public final class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExtractionException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }

    public ExtractionException(String what, String problem) {
        super(what + ": " + problem);
    }
}
