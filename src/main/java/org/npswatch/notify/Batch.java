package org.npswatch.notify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.npswatch.model.Flag;

/**
 * One message to one recipient: the flags due now, at once ({@link Cadence#IMMEDIATE}) or as a
 * digest.
 *
 * @param at when the message is sent (its timestamp and the feed's updated time)
 */
public record Batch(Recipient recipient, Cadence cadence, List<Flag> flags, Instant at) {
    public Batch {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(cadence, "cadence");
        flags = List.copyOf(flags);
        if (flags.isEmpty()) {
            throw new IllegalArgumentException("a batch for " + recipient.id() + " needs at least one flag");
        }
        Objects.requireNonNull(at, "at");
    }

    /** Whether this is a daily or weekly digest rather than an immediate alert. */
    public boolean isDigest() {
        return cadence != Cadence.IMMEDIATE;
    }
}
