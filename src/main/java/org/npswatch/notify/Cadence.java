package org.npswatch.notify;

import java.util.Locale;

/** How often a recipient hears about flags: each at once, or gathered into a daily or weekly digest. */
public enum Cadence {
    IMMEDIATE,
    DAILY,
    WEEKLY;

    /** The lower-case name used in notify.yaml and payloads ("weekly"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
