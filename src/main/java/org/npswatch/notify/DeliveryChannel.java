package org.npswatch.notify;

import java.util.Locale;

/** The way a recipient is reached. */
public enum DeliveryChannel {
    /** An e-mail over SMTP; the address is an e-mail address. */
    EMAIL,
    /** A signed JSON POST; the address is an http(s) URL. */
    WEBHOOK,
    /** Entries in an Atom feed file under {@code dataDir/feed/}; the address is the file name. */
    FEED;

    /** The lower-case name used in notify.yaml ("webhook"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
