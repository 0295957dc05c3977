package org.npswatch.app;

import java.io.IOException;
import java.io.PrintWriter;
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

    static int run(Main main, Path export, Path preview, PrintWriter out) {
        return run(main.lexicon(), export, preview, out);
    }

    /** The same with a given lexicon: the evaluation test runs exactly this path. */
    static int run(Lexicon lexicon, Path export, Path preview, PrintWriter out) {
        PostAnalyser analyser = PostAnalyser.standard(lexicon);
        try {
            if (export != null) {
                export(export, analyser, out);
            } else {
                preview(preview, analyser, out);
            }
        } catch (TelegramSourceException e) {
            throw new UserError(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static void export(Path file, PostAnalyser analyser, PrintWriter out) {
        SourceId source = SourceId.of("export");
        String prefix = source.value() + "/";
        new TelegramExportReader(pseudonymiser()).read(file, source, post -> {
            AnalysedPost a = analyser.analyse(post);
            out.println(PostJsonLines.exportLine(a, a.duplicateOf().map(k -> k.startsWith(prefix) ? k.substring(prefix.length()) : k)));
        }, id -> out.println(PostJsonLines.serviceLine(id)));
    }

    private static void preview(Path file, PostAnalyser analyser, PrintWriter out) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        String html;
        try {
            html = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
        PreviewPage page = new PreviewPageParser().parse(html, file.toUri());
        if (page.kind() != PreviewPage.Kind.NORMAL) {
            throw new UserError(file + ": not a public channel's preview page (" + page.kind() + ")");
        }
        Pseudonymiser pseudonymiser = pseudonymiser();
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
    private static Pseudonymiser pseudonymiser() {
        String key = System.getenv(Pseudonymiser.KEY_ENV);
        if (key == null || key.length() < 16) {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            key = HexFormat.of().formatHex(b);
        }
        return new Pseudonymiser(key);
    }
}
