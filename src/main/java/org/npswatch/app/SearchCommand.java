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

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "At most this many hits (0: only the counts). Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, jsonl or csv. Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() {
        SearchFormat.Format fmt;
        try {
            fmt = SearchFormat.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserError("--format must be table, jsonl or csv, not '" + format + "'");
        }
        if (limit < 0) {
            throw new UserError("--limit must be 0 or more, not " + limit);
        }
        SearchRequest req = SearchRequest.all(limit).withGone(includeGone);
        if (query != null && !query.isBlank()) {
            req = req.withQuery(query);
        }
        if (substance != null) {
            if (substance.isBlank()) {
                throw new UserError("--substance is empty; give a name such as 3mmc or keta");
            }
            req = req.withSubstance(substance);
        }
        if (since != null) {
            req = req.withSince(day(since));
        }
        if (source != null) {
            req = req.withSource(sourceId(source));
        }
        if (type != null) {
            req = req.withType(docType(type));
        }
        if (!java.nio.file.Files.isDirectory(main.dataDir().resolve(OfferIndex.INDEX_DIR))) {
            throw new UserError("no index in " + main.dataDir() + ": run ./npswatch demo or ./npswatch crawl first, or pass --data DIR");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (substance != null && main.lexicon().lookup(substance).isEmpty()) {
            err.println("note: '" + substance + "' is no substance the lexicon knows; searching for it as an unknown name");
            err.flush();
        }
        try (OfferIndex index = OfferIndex.openReadOnly(main.dataDir(), main.lexicon())) {
            SearchResults r;
            try {
                r = index.search(req);
            } catch (IllegalArgumentException e) {
                // a query the parser rejects: its first line says where, the rest lists tokens
                String first = e.getMessage().lines().findFirst().orElse("bad query").strip();
                throw new UserError(first.replace(": Cannot parse '" + query + "': ", ": ")
                        + " (quote names with spaces, escape + - ( ) : with a backslash)");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(SearchFormat.render(r, fmt));
            out.flush();
        }
        return Main.OK;
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("--since must be a day like 2026-03-01 (YYYY-MM-DD), not '" + value + "'");
        }
    }

    private static SourceId sourceId(String value) {
        try {
            return SourceId.of(value);
        } catch (IllegalArgumentException e) {
            throw new UserError("--source: " + e.getMessage());
        }
    }

    private static DocType docType(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "listing", "listings", "offer", "offers" -> DocType.LISTING;
            case "post", "posts" -> DocType.POST;
            default -> throw new UserError("--type must be listing or post, not '" + value + "'");
        };
    }
}
