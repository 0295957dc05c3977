package org.npswatch.heldout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message of a generated export, before it is written: who, when, the text as Telegram
 * Desktop's parts (plain text and entities such as mentions and phone numbers), and what it truly
 * is (for the per-message truth file).
 *
 * @param subjects for an offer, the substances and novel names it offers; for a request the one
 *     asked for; empty otherwise
 */
record Message(Instant at, Kind kind, String from, String fromId, List<Part> text, Optional<String> serviceAction,
        boolean photo, Optional<Instant> edited, List<String> subjects) {
    /** What the message is, as an outsider labels it. */
    enum Kind {
        OFFER,
        REQUEST,
        OTHER,
        SERVICE
    }

    /**
     * A piece of text: {@code plain}, or an entity type of Telegram Desktop exports ({@code bold},
     * {@code mention}, {@code phone}, {@code link}, {@code hashtag}).
     */
    record Part(String type, String text) {
        static Part plain(String text) {
            return new Part("plain", text);
        }
    }

    String plainText() {
        StringBuilder b = new StringBuilder();
        text.forEach(p -> b.append(p.text()));
        return b.toString();
    }
}
