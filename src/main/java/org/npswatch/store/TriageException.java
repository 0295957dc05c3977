package org.npswatch.store;

import org.npswatch.model.FlagState;

/**
 * A triage request that cannot be carried out: the flag does not exist, or the state change is not
 * allowed from the flag's current state. The message is meant for the person who asked.
 */
public final class TriageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String flagId;

    private TriageException(String flagId, String message) {
        super(message);
        this.flagId = flagId;
    }

    static TriageException unknownFlag(String flagId) {
        return new TriageException(flagId, "no flag with id " + flagId);
    }

    static TriageException impossible(String flagId, FlagState from, FlagState to) {
        String hint = from == to ? "it is already " + to.wireName()
                : "a " + from.wireName() + " flag can only be reopened first";
        return new TriageException(flagId, "cannot move flag " + flagId + " from " + from.wireName() + " to "
                + to.wireName() + ": " + hint);
    }

    /** The id the request named. */
    public String flagId() {
        return flagId;
    }
}
