package org.npswatch.market;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.Intent;
import org.npswatch.model.PriceTier;

/**
 * The answer key for one message of a simulated Telegram channel.
 *
 * @param post "channel/id" as in the preview's {@code data-post}
 * @param week the simulated week in whose days it was posted
 * @param kind what the preview shows
 * @param intent offer, request or other (service messages, chatter, warnings, media without text)
 * @param substances canonical names the message text names (for any intent); link preview texts
 *     do not count
 * @param tiers every quantity-price pair the text states, in the order written
 * @param tradeQuantity whether the text offers trade quantities (kilos, 1000 pills)
 * @param adId the unique ad this post is a copy of (offers only)
 * @param duplicateOf the post of the first copy of the same ad, empty for the first copy and for
 *     non-offers
 * @param seller the contact handle in the ad (offers only)
 * @param text the message text as a reader should extract it: lines joined by '\n', emoji as
 *     characters, no link-preview text; empty for media without caption and stickers
 * @param mediaCount photos or stickers shown (an album of 3 photos uses ids id..id+2 but is one message)
 */
public record TelegramMessageTruth(
        String post,
        long id,
        int week,
        Instant postedAt,
        Kind kind,
        Intent intent,
        List<String> substances,
        List<PriceTier> tiers,
        boolean tradeQuantity,
        Optional<String> adId,
        Optional<String> duplicateOf,
        Optional<String> seller,
        String text,
        int mediaCount) {
    /** How a message looks in the preview. */
    public enum Kind {
        TEXT,
        /** One photo with a caption. */
        PHOTO_WITH_CAPTION,
        /** A photo without any text. */
        PHOTO_ONLY,
        /** Grouped media: one message under the first id, caption nested in two text divs. */
        ALBUM,
        STICKER,
        /** Text with a link whose preview (site, title, description) is not message text. */
        LINK_PREVIEW,
        /** "Channel created", "pinned «...»". */
        SERVICE
    }

    public TelegramMessageTruth {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(intent, "intent");
        substances = List.copyOf(substances);
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(text, "text");
    }

    /** The channel's username, the part of {@link #post()} before the slash. */
    public String channel() {
        return post.substring(0, post.indexOf('/'));
    }
}
