package org.npswatch.lexicon;

import java.nio.file.Path;

/** A lexicon file is malformed; the message names the file, the line and the problem. */
public final class LexiconException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LexiconException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public LexiconException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
