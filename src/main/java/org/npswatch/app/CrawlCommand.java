package org.npswatch.app;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.npswatch.config.ConfigException;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.SourceConfig;
import org.npswatch.config.SourceConfigLoader;
import org.npswatch.config.TelegramConfig;
import org.npswatch.config.WebshopConfig;
import org.npswatch.extract.PageExtraction;
import org.npswatch.fetch.CrawlProgress;
import org.npswatch.fetch.CrawlReport;
import org.npswatch.fetch.FetchException;
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.index.OfferIndex;
import org.npswatch.model.SourceId;
import org.npswatch.store.RunLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch crawl [--source ID]}: crawl configured sources now, with a progress bar each. */
@Command(name = "crawl", description = {"Crawl the configured sources now (all, or one with --source) and print a summary.",
        "Exit 1 when a source failed or a bad source file was skipped."})
final class CrawlCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "ID", description = "Only this source")
    String source;

    @Override
    public Integer call() {
        SourceConfigLoader.Result r = new SourceConfigLoader().loadDirectory(main.existingConfigDir());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ConfigException e : r.errors()) {
            err.println("skipping bad source file: " + e.getMessage());
        }
        List<SourceConfig> sources = source == null ? r.sources() : List.of(selected(r));
        if (sources.isEmpty()) {
            throw new UserError("no sources in " + main.configDir()
                    + (r.errors().isEmpty() ? " (copy one of crawl-config/examples/ there)" : " that load; fix the files above"));
        }
        int failed;
        try (OfferIndex index = OfferIndex.open(main.dataDir(), main.lexicon())) {
            failed = crawlEach(sources, index, RunLog.open(main.dataDir()), out, err);
        }
        long skipped = sources.stream().filter(CrawlCommand::isTdlib).count();
        if (sources.size() > 1 || failed > 0 || skipped > 0) {
            out.printf("%d source(s) crawled, %d failed%s%s%n", sources.size() - failed - skipped, failed,
                    skipped == 0 ? "" : ", " + skipped + " TDLib source(s) left to ./npswatch run",
                    r.errors().isEmpty() || source != null ? "" : ", " + r.errors().size() + " bad source file(s) skipped");
        }
        out.flush();
        boolean skippedBadFiles = source == null && !r.errors().isEmpty();
        return failed == 0 && !skippedBadFiles ? Main.OK : Main.NOTHING_FOUND;
    }

    /** Crawls each source in turn; one failing never stops the others. Returns how many failed. */
    private int crawlEach(List<SourceConfig> sources, OfferIndex index, RunLog runLog, PrintWriter out, PrintWriter err) {
        int failed = 0;
        for (SourceConfig s : sources) {
            if (isTdlib(s)) {
                err.println(s.id() + ": skipped: TDLib sources are read by ./npswatch run");
                continue;
            }
            try {
                switch (s) {
                    case WebshopConfig w -> crawlShop(w, index, runLog, out, err);
                    case TelegramConfig t -> readChannel(t, index, runLog, out, err);
                }
            } catch (FetchException | TelegramSourceException | UserError e) {
                failed++;
                err.println(s.id() + ": failed: " + e.getMessage());
            }
        }
        return failed;
    }

    private SourceConfig selected(SourceConfigLoader.Result r) {
        SourceId id;
        try {
            id = SourceId.of(source);
        } catch (IllegalArgumentException e) {
            throw new UserError("--source: " + e.getMessage());
        }
        SourceConfig found = r.find(id).orElseThrow(() -> new UserError("no source '" + source + "' in " + main.configDir()
                + (r.sources().isEmpty() ? "" : "; known: " + r.sources().stream().map(s -> s.id().value()).sorted()
                        .collect(java.util.stream.Collectors.joining(", ")))
                + (r.errors().isEmpty() ? "" : "; " + r.errors().size() + " bad file(s) listed above may hold it")));
        if (isTdlib(found)) {
            throw new UserError(found.id() + " is read through TDLib, by ./npswatch run after ./npswatch telegram login, not by crawl");
        }
        return found;
    }

    private static boolean isTdlib(SourceConfig s) {
        return s instanceof TelegramConfig t && t.via() == TelegramConfig.Via.TDLIB;
    }

    private void crawlShop(WebshopConfig shop, OfferIndex index, RunLog runLog, PrintWriter out, PrintWriter err) {
        err.printf(Locale.ROOT, "%s: crawling %s (at most %d pages, %s between requests)%n", shop.id(), shop.seeds().getFirst(),
                shop.maxPages(), shop.politenessDelay().toString().substring(2).toLowerCase(Locale.ROOT));
        err.flush();
        WebshopMonitor monitor = new WebshopMonitor(main.dataDir(), new PageExtraction(main.lexicon()), index, runLog);
        CrawlProgress progress = main.interactive() ? new ProgressBar(err) : CrawlProgress.NONE;
        WebshopMonitor.Outcome o = monitor.crawl(shop, Instant.now(), progress);
        CrawlReport rep = o.report();
        out.printf("%s: pages %d fetched, %d unchanged, %d failed, %d disallowed | offers %d: %d new, %d changed, %d gone%s%n",
                shop.id(), rep.pagesFetched(), rep.pagesNotModified(), rep.pagesFailed(), rep.pagesDisallowed(), o.offers(),
                o.diff().added().size() + o.diff().returned().size(), o.diff().changed().size(), o.diff().gone().size(),
                rep.stopReason().map(x -> " (stopped: " + x + ")").orElse(""));
        out.flush();
        rep.failures().stream().limit(10).forEach(f -> err.printf("  failed %s: %s%n", f.url(), f.reason()));
        if (rep.failures().size() > 10) {
            err.printf("  ... and %d more failed pages%n", rep.failures().size() - 10);
        }
        if (rep.pagesFetched() + rep.pagesNotModified() == 0) {
            throw new UserError(rep.pagesDisallowed() > 0 ? "robots.txt of " + shop.host() + " disallows every page tried"
                    : "no page of " + shop.seeds().getFirst() + " could be fetched"
                            + rep.failures().stream().findFirst().map(f -> " (" + f.reason() + ")").orElse(""));
        }
    }

    private void readChannel(TelegramConfig t, OfferIndex index, RunLog runLog, PrintWriter out, PrintWriter err) {
        err.printf("%s: reading the web preview of @%s%n", t.id(), t.username());
        err.flush();
        TelegramMonitor monitor = new TelegramMonitor(main.dataDir(), main.lexicon(), index, runLog, main.pseudonymiser());
        TelegramMonitor.Outcome o = monitor.readPreview(t, FetchLimits.DEFAULTS, Instant.now());
        out.printf("%s: %d new posts (%d offers, %d requests, %d re-posts)%n", t.id(), o.posts(), o.offers(), o.requests(), o.duplicates());
        out.flush();
    }

    /** A one-line progress bar on the error stream, redrawn in place. */
    static final class ProgressBar implements CrawlProgress {
        private final PrintWriter err;
        private SourceId source;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(SourceId s, int maxPages) {
            this.source = s;
        }

        @Override
        public void pageFetched(URI url, int done, int max) {
            int width = 30;
            int filled = (int) Math.min(width, (long) done * width / Math.max(1, max));
            String path = url.getPath().length() > 40 ? "…" + url.getPath().substring(url.getPath().length() - 39) : url.getPath();
            err.printf(Locale.ROOT, "\r%-20s [%s%s] %5d/%-5d %-40s", source, "#".repeat(filled), ".".repeat(width - filled), done, max, path);
            err.flush();
        }

        @Override
        public void finished(CrawlReport report) {
            err.print("\r" + " ".repeat(110) + "\r");
            err.flush();
        }
    }
}
