package org.npswatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message from a Telegram channel or group, with personal data already pseudonymised.
 *
 * @param messageId the message id inside its chat (as text: "123")
 * @param authorPseudonym keyed hash of the poster's id, never the id or name itself
 * @param forwardedFrom keyed hash or public channel name of the origin of a forward
 * @param views view count when the source gives one
 */
public record Post(
        SourceId source,
        String messageId,
        Instant postedAt,
        String text,
        Optional<String> authorPseudonym,
        Optional<String> forwardedFrom,
        Optional<Instant> editedAt,
        Optional<Integer> views) {
    public Post {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(postedAt, "postedAt");
        text = text == null ? "" : text;
        Objects.requireNonNull(authorPseudonym, "authorPseudonym");
        Objects.requireNonNull(forwardedFrom, "forwardedFrom");
        Objects.requireNonNull(editedAt, "editedAt");
        Objects.requireNonNull(views, "views");
    }

    /** "source/messageId", unique over all Telegram sources. */
    public String key() {
        return source.value() + "/" + messageId;
    }
}
