package org.npswatch.model;

import java.util.Locale;

/** Which way a volume or price series moved. */
public enum Direction {
    UP,
    DOWN;

    /** "up" or "down", as in {@code flags --format jsonl}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
