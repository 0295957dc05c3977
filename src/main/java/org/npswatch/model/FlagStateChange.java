package org.npswatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a flag's triage audit trail: who moved it from which state to which, when, why.
 *
 * @param actor who made the change (a user name, or {@code system} for automatic changes)
 * @param note free text given with the change, e.g. the reason for a dismissal
 */
public record FlagStateChange(
        String flagId, FlagState from, FlagState to, String actor, Instant at, Optional<String> note) {
    public FlagStateChange {
        Objects.requireNonNull(flagId, "flagId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("a state change of flag " + flagId + " needs an actor");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
