package org.npswatch.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
            if (file != null) {
                throw new UserError("FILE " + file + " is only read with --url; give the export or page as the option's value");
            }
            return TelegramExtraction.run(main, input.telegramExport, input.telegramPreview, out, spec.commandLine().getErr());
        }
        if (file == null) {
            throw new UserError("extract --url URL needs the FILE holding the saved page, e.g. extract --url "
                    + input.url + " page.html");
        }
        URI url = pageUrl(input.url);
        UserError.textFile(file, "a saved shop page (HTML) or products JSON");
        requireWellFormedJson(file);
        try {
            out.print(new PageExtraction(main.lexicon()).extractAsJsonLines(url.toString(), file, profileFor(url)));
            out.flush();
        } catch (ExtractionException e) {
            throw new UserError(e.getMessage());
        }
        return Main.OK;
    }

    /** The page's address: absolute, with a host, since it picks the shop profile and resolves links. */
    static URI pageUrl(String url) {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new UserError("--url '" + url + "' is not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
        if (u.getScheme() == null || u.getHost() == null) {
            throw new UserError("--url '" + url + "' must be the absolute address the page was saved from, "
                    + "e.g. https://shop.example/product/3-mmc/");
        }
        return u;
    }

    /**
     * A products JSON file (named *.json, or starting with { or [) must be whole: a cut-off file
     * would otherwise yield no offers and look like a page without any.
     */
    private static void requireWellFormedJson(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (!name.endsWith(".json") && first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return;
            }
            while (p.nextToken() != null) {
                p.skipChildren();
            }
        } catch (JsonProcessingException e) {
            if (!name.endsWith(".json") && e.getLocation() != null && e.getLocation().getLineNr() == 1
                    && e.getLocation().getColumnNr() <= 1) {
                return; // not JSON at all (an HTML page): the extractors decide
            }
            JsonLocation at = e.getLocation();
            throw new UserError(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The selector profile of the configured shop on the URL's host, if any. */
    private Optional<ExtractionProfile> profileFor(URI u) {
        if (!Files.isDirectory(main.configDir())) {
            return Optional.empty();
        }
        String host = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
        return new SourceConfigLoader().loadDirectory(main.configDir()).sources().stream()
                .filter(s -> s instanceof WebshopConfig w && w.host().equalsIgnoreCase(host))
                .map(s -> (WebshopConfig) s)
                .findFirst()
                .flatMap(WebshopConfig::profile);
    }
}
