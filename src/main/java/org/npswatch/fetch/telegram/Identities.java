package org.npswatch.fetch.telegram;

import java.util.Locale;

/**
 * The strings that are pseudonymised for each kind of poster identity, in one place so that the
 * preview and export readers give the same person the same pseudonym. Prefixes keep the kinds
 * apart: a display name "user123" must not collide with the account id {@code user123}.
 */
final class Identities {
    private Identities() {}

    /** A Telegram account or chat id as exports write it: "user123", "channel456". */
    static String accountId(String id) {
        return id.strip();
    }

    /** A display name, the only identity a forward from a person or hidden account shows. */
    static String displayName(String name) {
        return "name:" + name.strip();
    }

    /** An admin signature under a channel post. */
    static String signature(String name) {
        return "signature:" + name.strip();
    }

    /**
     * A public channel or group username: not personal data, kept readable so analysts can see
     * which public channels feed each other.
     */
    static String publicChat(String username) {
        return "@" + username.strip().toLowerCase(Locale.ROOT);
    }
}
