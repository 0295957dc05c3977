package org.npswatch.notify;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.npswatch.model.FlagType;

/**
 * Someone (a person, a team's mailbox, a system) who receives flags of some types at a cadence.
 *
 * @param id stable name used in the delivery ledger; renaming a recipient makes it a new one
 * @param address an e-mail address, a webhook URL, or a feed file name, depending on the channel
 * @param secretEnv for webhooks: the environment variable holding the HMAC secret (never the secret)
 */
public record Recipient(
        String id, DeliveryChannel channel, String address, Set<FlagType> types, Cadence cadence,
        Optional<String> secretEnv) {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(secretEnv, "secretEnv");
    }

    /** Whether this recipient wants flags of this type. */
    public boolean wants(FlagType type) {
        return types.contains(type);
    }
}
