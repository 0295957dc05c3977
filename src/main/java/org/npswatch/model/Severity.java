package org.npswatch.model;

import java.util.Locale;

/** How urgently a flag deserves attention; ordered from least to most urgent. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH;

    /** The lower-case name used in JSON output ("high"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
