package org.npswatch.fetch.telegram;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/**
 * Streams a Telegram Desktop chat export ({@code result.json}) into {@link Post}s.
 *
 * <p>A year of a busy group is millions of messages, so the file is never loaded whole: the
 * top-level object is walked token by token and only one message at a time is held as a tree.
 * Service messages (joins, pins, group created) are counted, not delivered. A message with no id
 * or no date is reported with its line and column and skipped; a file that is not valid JSON
 * fails with a {@link TelegramExportException} naming the file, the line and the column.
 */
public final class TelegramExportReader {
    /** Chat types holding one person's private conversations: never read. */
    private static final Set<String> PRIVATE_CHAT_TYPES =
            Set.of("personal_chat", "bot_chat", "saved_messages", "replies", "verification_codes");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExportMessageMapper mapper;

    /** A reader that takes local export dates (only in exports without unix times) as Dutch time. */
    public TelegramExportReader(Pseudonymiser pseudonymiser) {
        this(pseudonymiser, ZoneId.of("Europe/Amsterdam"));
    }

    /**
     * @param exportZone time zone of the computer that made the export, used only for messages
     *     that lack {@code date_unixtime}
     */
    public TelegramExportReader(Pseudonymiser pseudonymiser, ZoneId exportZone) {
        this.mapper = new ExportMessageMapper(
                Objects.requireNonNull(pseudonymiser, "pseudonymiser"), Objects.requireNonNull(exportZone, "exportZone"));
    }

    /**
     * Reads a whole export, handing each post to {@code sink} in file order.
     *
     * @param source the source id the posts are filed under
     * @throws TelegramExportException when the file is missing, not JSON, cut off or not a single
     *     chat export of a group or channel
     */
    public ExportReadReport read(Path file, SourceId source, Consumer<Post> sink) {
        return read(file, source, sink, id -> { });
    }

    /**
     * Like {@link #read(Path, SourceId, Consumer)}, and also tells {@code serviceMessages} the id
     * of every service message (joins, pins) it skips, for callers that account for every message.
     */
    public ExportReadReport read(Path file, SourceId source, Consumer<Post> sink, Consumer<String> serviceMessages) {
        Objects.requireNonNull(serviceMessages, "serviceMessages");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        Tally tally = new Tally();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw at(file, p.currentTokenLocation(), "the export must be a JSON object, found " + p.currentToken());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                topLevelField(file, p, field, source, sink, serviceMessages, tally);
            }
            if (!tally.sawMessages) {
                throw new TelegramExportException(file, -1, -1, "no \"messages\" array: not a Telegram Desktop chat export");
            }
        } catch (NoSuchFileException e) {
            throw new TelegramExportException(file, -1, -1, "no such file", e);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new TelegramExportException(file, loc == null ? -1 : loc.getLineNr(),
                    loc == null ? -1 : loc.getColumnNr(), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TelegramExportException(file, -1, -1, "cannot read: " + e.getMessage(), e);
        }
        return new ExportReadReport(file, tally.chatName, tally.chatType, tally.read, tally.delivered,
                tally.service, tally.malformed, tally.problems);
    }

    private void topLevelField(Path file, JsonParser p, String field, SourceId source, Consumer<Post> sink,
            Consumer<String> serviceSink, Tally tally)
            throws IOException {
        switch (field) {
            case "name" -> tally.chatName = scalar(p);
            case "type" -> {
                tally.chatType = scalar(p);
                if (tally.chatType.filter(PRIVATE_CHAT_TYPES::contains).isPresent()) {
                    throw at(file, p.currentTokenLocation(), "chat type '" + tally.chatType.get()
                            + "' is a private conversation; npswatch reads only groups and channels");
                }
            }
            case "messages" -> messages(file, p, source, sink, serviceSink, tally);
            case "chats", "left_chats" -> throw at(file, p.currentTokenLocation(),
                    "this is a whole-account export; export a single group or channel instead");
            default -> p.skipChildren();
        }
    }

    private void messages(Path file, JsonParser p, SourceId source, Consumer<Post> sink, Consumer<String> serviceSink,
            Tally tally)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw at(file, p.currentTokenLocation(), "\"messages\" must be an array, found " + p.currentToken());
        }
        tally.sawMessages = true;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            tally.read++;
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                tally.problem(start, Optional.empty(), "a message must be a JSON object, found " + t);
                continue;
            }
            JsonNode message = p.readValueAsTree();
            String type = message.path("type").asText("");
            if (type.equals("service")) {
                tally.service++;
                ExportMessageMapper.messageId(message).ifPresent(serviceSink);
            } else if (!type.equals("message")) {
                tally.problem(start, ExportMessageMapper.messageId(message), "unknown message type '" + type + "'");
            } else {
                try {
                    sink.accept(mapper.map(message, source));
                    tally.delivered++;
                } catch (ExportMessageMapper.Malformed e) {
                    tally.problem(start, ExportMessageMapper.messageId(message), e.getMessage());
                }
            }
        }
    }

    private static Optional<String> scalar(JsonParser p) throws IOException {
        if (p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_NULL) {
            return Optional.of(p.getValueAsString());
        }
        p.skipChildren();
        return Optional.empty();
    }

    private static TelegramExportException at(Path file, JsonLocation loc, String what) {
        return new TelegramExportException(file, loc.getLineNr(), loc.getColumnNr(), what);
    }

    /** Mutable counters of one read; never leaves this class. */
    private static final class Tally {
        Optional<String> chatName = Optional.empty();
        Optional<String> chatType = Optional.empty();
        boolean sawMessages;
        long read;
        long delivered;
        long service;
        long malformed;
        final List<ExportReadReport.Problem> problems = new ArrayList<>();

        void problem(JsonLocation at, Optional<String> messageId, String what) {
            malformed++;
            if (problems.size() < ExportReadReport.MAX_PROBLEMS) {
                problems.add(new ExportReadReport.Problem(at.getLineNr(), at.getColumnNr(), messageId, what));
            }
        }
    }
}
