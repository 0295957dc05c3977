package org.npswatch.fetch.telegram;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one Telegram Desktop export did, for the run log and for counting posts.
 *
 * @param file the export read
 * @param chatName the chat's title from the export (a group or channel name, not personal data)
 * @param chatType the export's chat type, e.g. "public_supergroup"
 * @param messagesRead message objects met in {@code messages}, whatever became of them
 * @param postsDelivered posts handed to the sink
 * @param serviceSkipped service messages (joins, pins, group created), not posts
 * @param malformedSkipped messages skipped because an id, a date or the text was missing or wrong
 * @param problems the first {@link #MAX_PROBLEMS} malformed messages, with their position
 */
public record ExportReadReport(
        Path file,
        Optional<String> chatName,
        Optional<String> chatType,
        long messagesRead,
        long postsDelivered,
        long serviceSkipped,
        long malformedSkipped,
        List<Problem> problems) {
    /** More problems are counted but not described: a broken generator would otherwise fill memory. */
    public static final int MAX_PROBLEMS = 1000;

    public ExportReadReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(chatName, "chatName");
        Objects.requireNonNull(chatType, "chatType");
        problems = List.copyOf(problems);
    }

    /**
     * One skipped message.
     *
     * @param line 1-based line where the message object starts
     * @param column 1-based column where the message object starts
     * @param messageId the message's id when it had one
     * @param what what is wrong
     */
    public record Problem(long line, long column, Optional<String> messageId, String what) {
        public Problem {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(what, "what");
        }

        @Override
        public String toString() {
            return line + ":" + column + messageId.map(id -> " message " + id).orElse("") + ": " + what;
        }
    }
}
