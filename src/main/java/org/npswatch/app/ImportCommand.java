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
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.index.OfferIndex;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.store.RunLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch import --telegram-export FILE [--source ID]}: index a Telegram Desktop export. */
@Command(name = "import", description = "Import a Telegram Desktop export (result.json) into the index.")
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
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        SourceId id = Optional.ofNullable(source).map(SourceId::of).orElseGet(() -> SourceId.of(slug(chatName(file))));
        SourceKind kind = chatType(file).filter(t -> t.contains("channel")).isPresent() ? SourceKind.TELEGRAM_CHANNEL
                : SourceKind.TELEGRAM_GROUP;
        PrintWriter out = spec.commandLine().getOut();
        try (OfferIndex index = OfferIndex.open(main.dataDir(), main.lexicon())) {
            TelegramMonitor monitor = new TelegramMonitor(main.dataDir(), main.lexicon(), index, RunLog.open(main.dataDir()),
                    main.pseudonymiser());
            TelegramMonitor.Outcome o = monitor.importExport(file, id, kind, Instant.now());
            out.printf("%s: %d messages read, %d posts indexed (%d offers, %d requests, %d re-posts), %d service skipped, %d malformed skipped, %d sellers%n",
                    id, o.messages(), o.posts(), o.offers(), o.requests(), o.duplicates(), o.serviceSkipped(), o.malformed(),
                    o.sellers().size());
            if (!o.unknownCandidates().isEmpty()) {
                out.println("unknown substance-like names: " + String.join(", ", o.unknownCandidates()));
            }
        } catch (TelegramSourceException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
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
