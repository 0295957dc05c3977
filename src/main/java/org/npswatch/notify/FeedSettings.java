package org.npswatch.notify;

import java.util.Objects;

/** The Atom feed's title and how many of the newest entries it keeps. */
public record FeedSettings(String title, int maxEntries) {
    public static final FeedSettings DEFAULTS = new FeedSettings("npswatch early-warning flags", 200);

    public FeedSettings {
        Objects.requireNonNull(title, "title");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, got " + maxEntries);
        }
    }
}
