package org.npswatch.fetch.telegram;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message as the public web preview shows it, before any pseudonymisation.
 *
 * @param channel the channel part of {@code data-post="channel/123"}
 * @param id the message id part of {@code data-post}; an album is one message under its first id
 * @param text the message text or media caption: line breaks as {@code \n}, emoji as characters;
 *     never the text of a link preview or of a quoted reply; empty for media without caption
 * @param postedAt the {@code <time datetime>} of the message, absent only on broken markup
 * @param views the view counter ("1.2K" read as 1200), absent on service messages
 * @param authorSignature the admin's signature under the post, when the channel signs posts
 * @param forwardedFrom the origin of a forwarded post
 * @param hasMedia photo, album, video, sticker, document, voice, poll or a media placeholder
 * @param mediaNotShown the page shows "Please open Telegram to view this post" instead of the
 *     content, so the text may be incomplete
 * @param service a service message (channel created, photo changed, message pinned)
 */
public record PreviewMessage(
        String channel,
        long id,
        String text,
        Optional<Instant> postedAt,
        Optional<Integer> views,
        Optional<String> authorSignature,
        Optional<ForwardOrigin> forwardedFrom,
        boolean hasMedia,
        boolean mediaNotShown,
        boolean service) {
    public PreviewMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(authorSignature, "authorSignature");
        Objects.requireNonNull(forwardedFrom, "forwardedFrom");
    }

    /**
     * Where a forwarded post came from.
     *
     * @param name the display name shown after "Forwarded from"
     * @param publicUsername the public username when the name links to {@code t.me/USERNAME}: a
     *     public channel or group, not personal data; absent for a person or a hidden origin
     */
    public record ForwardOrigin(String name, Optional<String> publicUsername) {
        public ForwardOrigin {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(publicUsername, "publicUsername");
        }
    }
}
