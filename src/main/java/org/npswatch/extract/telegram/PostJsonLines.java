package org.npswatch.extract.telegram;

import java.util.Optional;
import org.npswatch.extract.OfferJsonLines;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;

/**
 * Renders analysed posts as the JSON Lines of {@code extract --telegram-export} and
 * {@code --telegram-preview} (a stable evaluation interface): {@code {"message_id": "123"} } or
 * {@code {"post": "channel/123"}}, then intent, substances, unknown_candidates, tiers and
 * duplicate_of (the id of the first copy, in the same form, or null).
 */
public final class PostJsonLines {
    private PostJsonLines() {}

    /** A line for a message of an export: ids are the export's message ids. */
    public static String exportLine(AnalysedPost p, Optional<String> duplicateOfMessageId) {
        return "{\"message_id\": " + OfferJsonLines.string(p.post().messageId()) + body(p, duplicateOfMessageId);
    }

    /** A line for a message of a preview page: ids are "channel/123" as in the page's data-post. */
    public static String previewLine(String post, AnalysedPost p, Optional<String> duplicateOfPost) {
        return "{\"post\": " + OfferJsonLines.string(post) + body(p, duplicateOfPost);
    }

    /** A line for a service message (join, pin): intent other, nothing else. */
    public static String serviceLine(String messageId) {
        return "{\"message_id\": " + OfferJsonLines.string(messageId) + ", \"intent\": \"other\", \"substances\": [], "
                + "\"unknown_candidates\": [], \"tiers\": [], \"duplicate_of\": null}";
    }

    private static String body(AnalysedPost p, Optional<String> duplicateOf) {
        return ", \"intent\": " + OfferJsonLines.string(intent(p.intent()))
                + ", \"substances\": " + OfferJsonLines.strings(p.substances())
                + ", \"unknown_candidates\": " + OfferJsonLines.strings(p.unknownCandidates())
                + ", \"tiers\": " + OfferJsonLines.tiers(p.tiers())
                + ", \"duplicate_of\": " + duplicateOf.map(OfferJsonLines::string).orElse("null") + "}";
    }

    private static String intent(Intent i) {
        return i.name().toLowerCase(java.util.Locale.ROOT);
    }
}
