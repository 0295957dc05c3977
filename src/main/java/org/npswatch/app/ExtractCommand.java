package org.npswatch.app;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.config.SourceConfigLoader;
import org.npswatch.config.WebshopConfig;
import org.npswatch.extract.ExtractionException;
import org.npswatch.extract.PageExtraction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code npswatch extract --url URL FILE}: the offers on a saved shop page (HTML or products
 * JSON) as JSON Lines. The URL tells which shop's selector profile applies (matched by host
 * against crawl-config). Telegram forms are added by {@link TelegramExtraction}.
 */
@Command(name = "extract", description = "Print the offers on a saved page (or the messages of a Telegram export or preview page) as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--url", paramLabel = "URL", description = "Where the page was saved from (selects the shop profile)")
        String url;

        @Option(names = "--telegram-export", paramLabel = "FILE", description = "A Telegram Desktop export (result.json)")
        Path telegramExport;

        @Option(names = "--telegram-preview", paramLabel = "FILE", description = "A saved t.me/s/CHANNEL page")
        Path telegramPreview;
    }

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The saved page (with --url)")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (input.url == null) {
            return TelegramExtraction.run(main, input.telegramExport, input.telegramPreview, out);
        }
        if (file == null) {
            throw new UserError("extract --url URL needs the FILE holding the saved page");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file");
        }
        try {
            out.print(new PageExtraction(main.lexicon()).extractAsJsonLines(input.url, file, profileFor(input.url)));
            out.flush();
        } catch (ExtractionException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }

    /** The selector profile of the configured shop on the URL's host, if any. */
    private Optional<ExtractionProfile> profileFor(String url) {
        if (!Files.isDirectory(main.configDir())) {
            return Optional.empty();
        }
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new UserError("--url '" + url + "' is not a URL");
        }
        String host = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
        return new SourceConfigLoader().loadDirectory(main.configDir()).sources().stream()
                .filter(s -> s instanceof WebshopConfig w && w.host().equalsIgnoreCase(host))
                .map(s -> (WebshopConfig) s)
                .findFirst()
                .flatMap(WebshopConfig::profile);
    }
}
