package org.npswatch.heldout;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one group's messages as Telegram Desktop writes {@code result.json}: the chat's name, type
 * and id, then every message with {@code date} in the exporting computer's local time (here
 * Amsterdam), {@code date_unixtime}, the sender's name and id, {@code text} as a string or as a
 * list of strings and entities, and {@code text_entities}; service messages with actor and action;
 * photos and edits. Beside it, {@code result.json.truth.tsv}: id, what the message is, the
 * subjects it offers or asks for.
 */
final class ExportWriter {
    static final String TRUTH_SUFFIX = ".truth.tsv";
    private static final DateTimeFormatter PHOTO_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy_HH-mm-ss");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ZoneId zone;

    ExportWriter(ZoneId zone) {
        this.zone = zone;
    }

    void write(Path file, String chatName, long chatId, List<Message> messages, long firstId, java.util.SplittableRandom r) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
                    Writer truth = Files.newBufferedWriter(file.resolveSibling(file.getFileName() + TRUTH_SUFFIX), StandardCharsets.UTF_8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("name", chatName);
                g.writeStringField("type", "public_supergroup");
                g.writeNumberField("id", chatId);
                g.writeArrayFieldStart("messages");
                long id = firstId;
                for (Message m : messages) {
                    message(g, id, m);
                    truth.write(id + "\t" + m.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                            + (m.subjects().isEmpty() ? "-" : String.join(";", m.subjects())) + "\n");
                    // deleted messages leave gaps in the ids of a real export
                    id += 1 + (r.nextDouble() < 0.03 ? r.nextInt(1, 4) : 0);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write export " + file, e);
        }
    }

    private void message(JsonGenerator g, long id, Message m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("type", m.kind() == Message.Kind.SERVICE ? "service" : "message");
        date(g, "date", "date_unixtime", m.at());
        if (m.kind() == Message.Kind.SERVICE) {
            g.writeStringField("actor", m.from());
            g.writeStringField("actor_id", m.fromId());
            g.writeStringField("action", m.serviceAction().orElse("join_group_by_link"));
        } else {
            if (m.edited().isPresent()) {
                date(g, "edited", "edited_unixtime", m.edited().get());
            }
            g.writeStringField("from", m.from());
            g.writeStringField("from_id", m.fromId());
            if (m.photo()) {
                LocalDateTime local = LocalDateTime.ofInstant(m.at(), zone);
                g.writeStringField("photo", "photos/photo_" + id + "@" + PHOTO_DATE.format(local) + ".jpg");
                g.writeNumberField("photo_file_size", 80_000 + id % 20_000);
                g.writeNumberField("width", 1280);
                g.writeNumberField("height", 1600);
            }
        }
        List<Message.Part> parts = m.text();
        if (parts.size() == 1 && parts.getFirst().type().equals("plain")) {
            g.writeStringField("text", parts.getFirst().text());
        } else if (parts.isEmpty()) {
            g.writeStringField("text", "");
        } else {
            g.writeArrayFieldStart("text");
            for (Message.Part p : parts) {
                if (p.type().equals("plain")) {
                    g.writeString(p.text());
                } else {
                    entity(g, p);
                }
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("text_entities");
        for (Message.Part p : parts) {
            entity(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, Message.Part p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", p.type());
        g.writeStringField("text", p.text());
        g.writeEndObject();
    }

    private void date(JsonGenerator g, String local, String unix, Instant at) throws IOException {
        g.writeStringField(local, LOCAL.format(LocalDateTime.ofInstant(at, zone)));
        g.writeStringField(unix, Long.toString(at.getEpochSecond()));
    }
}
