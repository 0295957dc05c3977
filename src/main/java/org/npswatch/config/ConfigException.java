package org.npswatch.config;

import java.nio.file.Path;

/**
 * A configuration file is wrong. The message names the file, the line, the key and the problem,
 * e.g. {@code crawl-config/shop.yaml:7: max_pages: must be a whole number >= 1, got "ten"}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String key;
    private final String problem;

    public ConfigException(Path file, int line, String key, String problem) {
        super(file + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + problem);
        this.file = file;
        this.line = line;
        this.key = key;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
