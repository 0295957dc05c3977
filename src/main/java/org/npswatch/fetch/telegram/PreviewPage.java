package org.npswatch.fetch.telegram;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One parsed page of a channel's public web preview.
 *
 * @param kind whether the page is a channel history at all
 * @param channel the channel's public username as the page spells it (from the messages, the
 *     channel header or, for a join page, the URL)
 * @param title the channel's display title, when the page shows one
 * @param messages the messages on the page in page order (oldest first, as Telegram renders them)
 * @param url the address the page was read from
 */
public record PreviewPage(Kind kind, String channel, Optional<String> title, List<PreviewMessage> messages, URI url) {
    /** What a page turned out to be. */
    public enum Kind {
        /** A channel history page; it may hold no messages (an empty channel or the end of history). */
        NORMAL,
        /**
         * Telegram's "join" / "View in Telegram" page, answered for a private group, a user, a bot or a
         * username that does not exist: there is no public history to read, which must be reported.
         */
        NOT_A_PUBLIC_CHANNEL,
        /** Neither: changed markup, an error or a challenge page. Never to be read as an empty channel. */
        UNRECOGNISED
    }

    public PreviewPage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(title, "title");
        messages = List.copyOf(messages);
        Objects.requireNonNull(url, "url");
    }

    /** The smallest message id on the page, the cursor for the next {@code ?before=} request. */
    public OptionalLong oldestId() {
        return messages.stream().mapToLong(PreviewMessage::id).min();
    }

    /** The largest message id on the page. */
    public OptionalLong newestId() {
        return messages.stream().mapToLong(PreviewMessage::id).max();
    }

    /** The messages sorted by id, oldest first. */
    public List<PreviewMessage> messagesById() {
        return messages.stream().sorted(Comparator.comparingLong(PreviewMessage::id)).toList();
    }
}
