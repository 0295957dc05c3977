package org.npswatch.model;

import java.util.Locale;

/** Triage state of a flag: new flags are open until a person confirms or dismisses them. */
public enum FlagState {
    OPEN,
    CONFIRMED,
    DISMISSED;

    /** The lower-case name used in JSON output and on the command line ("open"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
