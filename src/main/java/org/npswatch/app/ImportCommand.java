package org.npswatch.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.index.DocType;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.SearchRequest;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.store.RunLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch import --telegram-export FILE [--source ID]}: index a Telegram Desktop export. */
@Command(name = "import", description = {"Import a Telegram Desktop export (result.json) into the index.",
        "Needs NPSWATCH_PSEUDONYM_KEY (posters are stored only as keyed hashes). Importing again replaces, never duplicates."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--telegram-export", required = true, paramLabel = "FILE", description = "The export's result.json")
    Path file;

    @Option(names = "--source", paramLabel = "ID", description = "Source id to file the posts under (default: from the chat's name)")
    String source;

    @Override
    public Integer call() {
        UserError.textFile(file, "a Telegram Desktop export (result.json)");
        // checked before anything is opened: a refused import leaves the data directory as it was
        Pseudonymiser pseudonymiser = main.pseudonymiser();
        SourceId id = Optional.ofNullable(source).map(ImportCommand::sourceId).orElseGet(() -> SourceId.of(slug(chatName(file))));
        SourceKind kind = chatType(file).filter(t -> t.contains("channel")).isPresent() ? SourceKind.TELEGRAM_CHANNEL
                : SourceKind.TELEGRAM_GROUP;
        PrintWriter out = spec.commandLine().getOut();
        try (OfferIndex index = OfferIndex.open(main.dataDir(), main.lexicon())) {
            long before = postsOf(index, id);
            TelegramMonitor monitor = new TelegramMonitor(main.dataDir(), main.lexicon(), index, RunLog.open(main.dataDir()),
                    pseudonymiser);
            TelegramMonitor.Outcome o;
            try {
                o = monitor.importExport(file, id, kind, exportedAt(file));
            } catch (TelegramSourceException e) {
                throw new UserError(e.getMessage() + storedSoFar(before, postsOf(index, id)));
            }
            out.printf("%s: %d messages read, %d posts indexed (%d offers, %d requests, %d re-posts), %d service skipped, %d malformed skipped, %d sellers%n",
                    id, o.messages(), o.posts(), o.offers(), o.requests(), o.duplicates(), o.serviceSkipped(), o.malformed(),
                    o.sellers().size());
            if (o.malformed() > 0) {
                out.println("skipped messages and where they are: ./npswatch extract --telegram-export " + file);
            }
            if (!o.unknownCandidates().isEmpty()) {
                out.println("unknown substance-like names: " + String.join(", ", o.unknownCandidates()));
            }
        }
        out.flush();
        return Main.OK;
    }

    /**
     * When the export was taken, as far as the file tells: its newest message. The import is
     * recorded as a run at that time, not at the wall clock, so an old export does not stretch
     * the history to today with weeks that nobody observed (detection would read them as a fall).
     */
    static Instant exportedAt(Path file) {
        long newest = Long.MIN_VALUE;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals("date_unixtime")) {
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.VALUE_STRING && p.getText().matches("\\d{1,12}") || v == JsonToken.VALUE_NUMBER_INT) {
                        newest = Math.max(newest, Long.parseLong(p.getText()));
                    }
                }
            }
        } catch (IOException e) {
            // the reader reports a broken file with its position
        }
        return newest == Long.MIN_VALUE ? Instant.now() : Instant.ofEpochSecond(newest);
    }

    private static long postsOf(OfferIndex index, SourceId id) {
        return index.search(SearchRequest.all(0).withSource(id).withType(DocType.POST)).totalHits();
    }

    /**
     * Posts are committed in batches of {@link TelegramMonitor#BATCH}: an export that breaks late
     * leaves the batches before the break indexed, which an import of the repaired file replaces.
     */
    private static String storedSoFar(long before, long after) {
        return after == before ? "; nothing was added to the index"
                : "; " + (after - before) + " posts before that point were indexed; importing the repaired file replaces"
                        + " them without duplicates";
    }

    private static SourceId sourceId(String value) {
        try {
            return SourceId.of(value);
        } catch (IllegalArgumentException e) {
            throw new UserError("--source: " + e.getMessage());
        }
    }

    private static Optional<String> chatType(Path file) {
        return topLevel(file, "type");
    }

    private static String chatName(Path file) {
        return topLevel(file, "name").orElse(file.getFileName().toString().replaceFirst("\\.json$", ""));
    }

    /** A top-level string field that comes before "messages", read without loading the export. */
    private static Optional<String> topLevel(Path file, String field) {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (name.equals("messages")) {
                    return Optional.empty();
                }
                JsonToken t = p.nextToken();
                if (name.equals(field) && t == JsonToken.VALUE_STRING) {
                    return Optional.of(p.getText());
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // the reader reports a broken file with its position; here a default is enough
        }
        return Optional.empty();
    }

    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.isEmpty() ? "telegram-export" : s;
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
