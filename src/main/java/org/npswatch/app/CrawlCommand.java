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
@Command(name = "crawl", description = "Crawl the configured sources now (all, or one with --source) and print a summary.")
final class CrawlCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "ID", description = "Only this source")
    String source;

    @Override
    public Integer call() {
        SourceConfigLoader.Result r = new SourceConfigLoader().loadDirectory(main.configDir());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ConfigException e : r.errors()) {
            err.println("skipping bad config: " + e.getMessage());
        }
        List<SourceConfig> sources = source == null ? r.sources()
                : List.of(r.find(SourceId.of(source)).orElseThrow(() -> new UserError("no source '" + source + "' in " + main.configDir())));
        if (sources.isEmpty()) {
            throw new UserError("no sources in " + main.configDir() + " (see crawl-config/examples/)");
        }
        int failed = 0;
        try (OfferIndex index = OfferIndex.open(main.dataDir(), main.lexicon())) {
            RunLog runLog = RunLog.open(main.dataDir());
            for (SourceConfig s : sources) {
                try {
                    switch (s) {
                        case WebshopConfig w -> crawlShop(w, index, runLog, out, err);
                        case TelegramConfig t -> readChannel(t, index, runLog, out);
                    }
                } catch (FetchException | TelegramSourceException e) {
                    failed++;
                    err.println(s.id() + ": " + e.getMessage());
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private void crawlShop(WebshopConfig shop, OfferIndex index, RunLog runLog, PrintWriter out, PrintWriter err) {
        WebshopMonitor monitor = new WebshopMonitor(main.dataDir(), new PageExtraction(main.lexicon()), index, runLog);
        WebshopMonitor.Outcome o = monitor.crawl(shop, Instant.now(), new ProgressBar(err));
        CrawlReport rep = o.report();
        out.printf("%s: pages %d fetched, %d unchanged, %d failed, %d disallowed | offers %d: %d new, %d changed, %d gone%s%n",
                shop.id(), rep.pagesFetched(), rep.pagesNotModified(), rep.pagesFailed(), rep.pagesDisallowed(), o.offers(),
                o.diff().added().size() + o.diff().returned().size(), o.diff().changed().size(), o.diff().gone().size(),
                rep.stopReason().map(x -> " (stopped: " + x + ")").orElse(""));
        rep.failures().stream().limit(10).forEach(f -> err.printf("  failed %s: %s%n", f.url(), f.reason()));
    }

    private void readChannel(TelegramConfig t, OfferIndex index, RunLog runLog, PrintWriter out) {
        if (t.via() == TelegramConfig.Via.TDLIB) {
            throw new UserError(t.id() + ": TDLib sources are read by the service after ./npswatch telegram login");
        }
        TelegramMonitor monitor = new TelegramMonitor(main.dataDir(), main.lexicon(), index, RunLog.open(main.dataDir()),
                main.pseudonymiser());
        TelegramMonitor.Outcome o = monitor.readPreview(t, FetchLimits.DEFAULTS, Instant.now());
        out.printf("%s: %d new posts (%d offers, %d requests, %d re-posts)%n", t.id(), o.posts(), o.offers(), o.requests(), o.duplicates());
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
