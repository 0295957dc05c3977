package org.npswatch.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** Stable identifier of a monitored source (a shop or a Telegram chat), e.g. {@code chemshop-nl}. */
public record SourceId(String value) implements Comparable<SourceId> {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public SourceId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "source id '" + value + "' must be 1-64 chars of a-z, 0-9, '.', '_', '-' starting with a letter or digit");
        }
    }

    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public int compareTo(SourceId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
