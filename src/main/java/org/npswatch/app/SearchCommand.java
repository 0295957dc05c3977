package org.npswatch.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.npswatch.index.DocType;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.SearchFormat;
import org.npswatch.index.SearchRequest;
import org.npswatch.index.SearchResults;
import org.npswatch.model.SourceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch search [QUERY] [--substance S] [--since DATE] [--format table|jsonl|csv]}. */
@Command(name = "search", description = "Search offers and posts; without QUERY, list everything the filters match.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Full-text query (Lucene syntax), e.g. \"3mmc crystal\"")
    String query;

    @Option(names = "--substance", paramLabel = "S", description = "A substance by any name or spelling the lexicon knows")
    String substance;

    @Option(names = "--since", paramLabel = "DATE", description = "Seen or posted on or after this day (YYYY-MM-DD)")
    String since;

    @Option(names = "--source", paramLabel = "ID", description = "Only this shop or channel")
    String source;

    @Option(names = "--type", paramLabel = "T", description = "listing or post (default: both)")
    String type;

    @Option(names = "--include-gone", description = "Also listings no longer offered")
    boolean includeGone;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many hits. Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv. Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() {
        SearchFormat.Format fmt;
        try {
            fmt = SearchFormat.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError("--format must be table, jsonl or csv, not '" + format + "'");
        }
        SearchRequest req = SearchRequest.all(limit).withGone(includeGone);
        if (query != null && !query.isBlank()) {
            req = req.withQuery(query);
        }
        if (substance != null) {
            req = req.withSubstance(substance);
        }
        if (since != null) {
            try {
                req = req.withSince(LocalDate.parse(since));
            } catch (DateTimeParseException e) {
                throw new UserError("--since must be a date like 2026-03-01, not '" + since + "'");
            }
        }
        if (source != null) {
            req = req.withSource(SourceId.of(source));
        }
        if (type != null) {
            req = req.withType(switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "listing", "listings", "offer", "offers" -> DocType.LISTING;
                case "post", "posts" -> DocType.POST;
                default -> throw new UserError("--type must be listing or post, not '" + type + "'");
            });
        }
        if (!java.nio.file.Files.isDirectory(main.dataDir().resolve(OfferIndex.INDEX_DIR))) {
            throw new UserError("no index in " + main.dataDir() + ": run ./npswatch demo or ./npswatch crawl first, or pass --data DIR");
        }
        try (OfferIndex index = OfferIndex.open(main.dataDir(), main.lexicon())) {
            SearchResults r = index.search(req);
            PrintWriter out = spec.commandLine().getOut();
            out.print(SearchFormat.render(r, fmt));
            out.flush();
        }
        return 0;
    }
}
