package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/**
 * Maps a TDLib {@code message} object (td_api.tl, TDLib 1.8.x) to a {@link Post}. The text is the
 * message text or the caption of photos, videos, documents, animations, audio and voice notes;
 * other content (stickers, service messages) gives an empty text. Every identity leaves here
 * pseudonymised: senders, forward origins of users, hidden users, groups and channels alike.
 */
public final class TdMessageMapper {
    // TDLib message ids are the server's id shifted left by 20 bits; the low bits mark local messages.
    private static final int SERVER_ID_SHIFT = 20;
    private static final long LOCAL_BITS = (1L << SERVER_ID_SHIFT) - 1;
    // Channel and supergroup chat ids are -(10^12 + channel id) in TDLib.
    private static final long CHANNEL_ID_OFFSET = 1_000_000_000_000L;

    private final Pseudonymiser pseudonymiser;

    public TdMessageMapper(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    /**
     * Maps one message.
     *
     * @throws TdlibException when the object is not a message or lacks its id or date
     */
    public Post map(SourceId source, JsonNode message) {
        if (!"message".equals(message.path("@type").asText()) || !message.path("id").canConvertToLong()
                || !message.path("date").canConvertToLong()) {
            throw new TdlibException("not a TDLib message with id and date in " + source + ": "
                    + message.path("@type").asText("(no @type)"));
        }
        long editDate = message.path("edit_date").asLong(0);
        int views = message.path("interaction_info").path("view_count").asInt(0);
        return new Post(
                source,
                publicMessageId(message.get("id").asLong()),
                Instant.ofEpochSecond(message.get("date").asLong()),
                text(message.path("content")),
                sender(message.path("sender_id")),
                forwardOrigin(message.path("forward_info").path("origin")),
                editDate > 0 ? Optional.of(Instant.ofEpochSecond(editDate)) : Optional.empty(),
                views > 0 ? Optional.of(views) : Optional.empty());
    }

    /**
     * The message number users see (t.me/name/123, the web preview's data-post, export ids), so
     * posts read through TDLib and through the preview share keys. Local ids keep a prefix.
     */
    public static String publicMessageId(long tdlibMessageId) {
        if ((tdlibMessageId & LOCAL_BITS) == 0) {
            return Long.toString(tdlibMessageId >> SERVER_ID_SHIFT);
        }
        return "local-" + tdlibMessageId;
    }

    /**
     * The identity string of a chat as Telegram Desktop exports write it ({@code channel123},
     * {@code chat123}, {@code user123}), so pseudonyms agree across TDLib and exports.
     */
    public static String chatIdentity(long chatId) {
        if (chatId <= -CHANNEL_ID_OFFSET) {
            return "channel" + (-chatId - CHANNEL_ID_OFFSET);
        }
        return chatId < 0 ? "chat" + -chatId : "user" + chatId;
    }

    private static String text(JsonNode content) {
        if ("messageText".equals(content.path("@type").asText())) {
            return content.path("text").path("text").asText("");
        }
        // Every media content with a caption has a formattedText "caption" (photo, video, document, ...).
        return content.path("caption").path("text").asText("");
    }

    private Optional<String> sender(JsonNode sender) {
        return switch (sender.path("@type").asText()) {
            case "messageSenderUser" -> Optional.of(pseudonymiser.pseudonym("user" + sender.path("user_id").asLong()));
            case "messageSenderChat" -> Optional.of(pseudonymiser.pseudonym(chatIdentity(sender.path("chat_id").asLong())));
            default -> Optional.empty();
        };
    }

    private Optional<String> forwardOrigin(JsonNode origin) {
        return switch (origin.path("@type").asText()) {
            case "messageOriginUser" -> Optional.of(pseudonymiser.pseudonym("user" + origin.path("sender_user_id").asLong()));
            // Exports give forwards from hidden users as the display name only; hash the same string.
            case "messageOriginHiddenUser" -> Optional.of(pseudonymiser.pseudonym(origin.path("sender_name").asText()));
            case "messageOriginChat" ->
                Optional.of(pseudonymiser.pseudonym(chatIdentity(origin.path("sender_chat_id").asLong())));
            case "messageOriginChannel" -> Optional.of(pseudonymiser.pseudonym(chatIdentity(origin.path("chat_id").asLong())));
            default -> Optional.empty();
        };
    }
}
