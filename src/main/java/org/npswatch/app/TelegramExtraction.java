package org.npswatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.npswatch.extract.telegram.PostAnalyser;
import org.npswatch.extract.telegram.PostJsonLines;
import org.npswatch.extract.telegram.PreviewPageParser;
import org.npswatch.fetch.telegram.ExportReadReport;
import org.npswatch.fetch.telegram.PreviewMessage;
import org.npswatch.fetch.telegram.PreviewPage;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramExportReader;
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/** The Telegram forms of {@code npswatch extract}: every message of an export or preview page as JSON Lines. */
final class TelegramExtraction {
    private TelegramExtraction() {}

    /** How many skipped messages are described one by one; the rest are only counted. */
    static final int PROBLEMS_SHOWN = 20;

    static int run(Main main, Path export, Path preview, PrintWriter out, PrintWriter err) {
        return run(main.lexicon(), pseudonymiser(main.configuredPseudonymiser()), export, preview, out, err);
    }

    /** The same with a given lexicon: the evaluation test runs exactly this path. */
    static int run(Lexicon lexicon, Path export, Path preview, PrintWriter out) {
        return run(lexicon, pseudonymiser(Optional.empty()), export, preview, out,
                new PrintWriter(java.io.Writer.nullWriter()));
    }

    private static int run(Lexicon lexicon, Pseudonymiser pseudonymiser, Path export, Path preview, PrintWriter out,
            PrintWriter err) {
        PostAnalyser analyser = PostAnalyser.standard(lexicon);
        try {
            if (export != null) {
                UserError.textFile(export, "a Telegram Desktop export (result.json)");
                export(export, analyser, pseudonymiser, out, err);
            } else {
                UserError.textFile(preview, "a saved t.me/s/CHANNEL page (HTML)");
                preview(preview, analyser, pseudonymiser, out);
            }
        } catch (TelegramSourceException e) {
            throw new UserError(e.getMessage());
        }
        out.flush();
        return Main.OK;
    }

    private static void export(Path file, PostAnalyser analyser, Pseudonymiser pseudonymiser, PrintWriter out, PrintWriter err) {
        SourceId source = SourceId.of("export");
        String prefix = source.value() + "/";
        ExportReadReport report = new TelegramExportReader(pseudonymiser).read(file, source, post -> {
            AnalysedPost a = analyser.analyse(post);
            out.println(PostJsonLines.exportLine(a, a.duplicateOf().map(k -> k.startsWith(prefix) ? k.substring(prefix.length()) : k)));
        }, id -> out.println(PostJsonLines.serviceLine(id)));
        out.flush();
        reportSkipped(file, report, err);
    }

    /** Messages the reader had to skip, each with its position, on the error stream. */
    static void reportSkipped(Path file, ExportReadReport report, PrintWriter err) {
        report.problems().stream().limit(PROBLEMS_SHOWN)
                .forEach(p -> err.println(file + ":" + p.line() + ":" + p.column() + ": skipped message"
                        + p.messageId().map(id -> " " + id).orElse("") + ": " + p.what()));
        if (report.malformedSkipped() > PROBLEMS_SHOWN) {
            err.println(file + ": ... " + (report.malformedSkipped() - PROBLEMS_SHOWN) + " more messages skipped");
        }
        err.flush();
    }

    private static void preview(Path file, PostAnalyser analyser, Pseudonymiser pseudonymiser, PrintWriter out) {
        String html;
        try {
            html = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new UserError(file + ": is not UTF-8 text; save the page again as UTF-8 (t.me serves UTF-8)");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read: " + e.getMessage());
        }
        PreviewPage page = new PreviewPageParser().parse(html, file.toUri());
        switch (page.kind()) {
            case NORMAL -> { }
            case NOT_A_PUBLIC_CHANNEL -> throw new UserError(file + ": is Telegram's \"View in Telegram\" page, not a channel"
                    + " history: the name is a group, a private channel, a user or unused, and has no public preview");
            default -> throw new UserError(file + ": is not a Telegram channel preview page (no tgme_channel_history)"
                    + (html.stripLeading().startsWith("{") ? "; it looks like JSON: a Desktop export goes with --telegram-export"
                            : "; save https://t.me/s/CHANNEL as HTML"));
        }
        Map<String, String> postByKey = new HashMap<>();
        for (PreviewMessage m : page.messagesById()) {
            String post = m.channel() + "/" + m.id();
            SourceId source = SourceId.of(m.channel().toLowerCase(Locale.ROOT));
            Post p = new Post(source, String.valueOf(m.id()), m.postedAt().orElse(Instant.EPOCH), m.service() ? "" : m.text(),
                    m.authorSignature().map(s -> pseudonymiser.pseudonym("signature:" + s)), Optional.empty(),
                    Optional.empty(), m.views());
            postByKey.put(p.key(), post);
            AnalysedPost a = analyser.analyse(p);
            out.println(PostJsonLines.previewLine(post, a, a.duplicateOf().map(k -> postByKey.getOrDefault(k, k))));
        }
    }

    /** Output of extract is not stored, so without a configured key a one-off random key is fine. */
    private static Pseudonymiser pseudonymiser(Optional<Pseudonymiser> configured) {
        return configured.orElseGet(() -> {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            return new Pseudonymiser(HexFormat.of().formatHex(b));
        });
    }
}
