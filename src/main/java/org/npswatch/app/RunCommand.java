package org.npswatch.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.SourceConfig;
import org.npswatch.config.SourceConfigLoader;
import org.npswatch.config.TelegramConfig;
import org.npswatch.config.WebshopConfig;
import org.npswatch.extract.PageExtraction;
import org.npswatch.fetch.CrawlProgress;
import org.npswatch.index.OfferIndex;
import org.npswatch.source.ScheduleLedger;
import org.npswatch.store.FlagStore;
import org.npswatch.store.RunLog;
import org.npswatch.notify.Cadence;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code npswatch run}: the long-running service. Each source crawls on its own cron, detection
 * runs after every crawl, the weekly digest job runs on Monday morning. SIGTERM (or Ctrl-C)
 * finishes the page in hand, commits and exits.
 */
@Command(name = "run", description = "Run the monitoring service: scheduled crawls, detection after each, weekly digest.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    static final String DAILY_DIGEST_JOB = "daily-digest";
    /** Every day at 07:00 Europe/Amsterdam. */
    static final String DAILY_DIGEST_SCHEDULE = "0 0 7 * * ?";

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SchedulerException, InterruptedException {
        SourceConfigLoader.Result r = new SourceConfigLoader().loadDirectory(main.existingConfigDir());
        PrintWriter err = spec.commandLine().getErr();
        r.errors().forEach(e -> err.println("skipping bad config: " + e.getMessage()));
        if (r.sources().isEmpty()) {
            throw new UserError("no sources in " + main.configDir() + " (see crawl-config/examples/)");
        }
        Map<String, String> schedules = new LinkedHashMap<>();
        Map<String, SourceConfig> byJob = new LinkedHashMap<>();
        for (SourceConfig s : r.sources()) {
            schedules.put(s.id().value(), s.schedule());
            byJob.put(s.id().value(), s);
        }
        schedules.put(DAILY_DIGEST_JOB, DAILY_DIGEST_SCHEDULE);
        try (OfferIndex index = OfferIndex.open(main.dataDir(), main.lexicon());
                FlagStore flags = FlagStore.open(main.dataDir())) {
            RunLog runLog = RunLog.open(main.dataDir());
            Delivery delivery = Delivery.configured(main.configDir(), main.dataDir(), flags);
            Detection detection = new Detection(DetectionSettingsFile.load(main.configDir()));
            ScheduledWork work = (job, cancel) -> {
                SourceConfig s = byJob.get(job);
                if (s == null) {
                    // the weekly market digest itself is a later issue; its slot delivers the weekly flag digest
                    delivery.digest(job.equals(DAILY_DIGEST_JOB) ? Cadence.DAILY : Cadence.WEEKLY, Instant.now());
                    return;
                }
                Thread me = Thread.currentThread();
                cancel.onRequest(me::interrupt);
                try {
                    runSource(s, index, runLog);
                } finally {
                    Thread.interrupted(); // a stop request must not leak into detection or the next job
                }
                synchronized (detection) {
                    Detection.Result found = detection.run(index, runLog, main.lexicon(), flags, false);
                    LOG.info("detection after {}: {} new flag(s)", s.id(), found.recorded().size());
                    delivery.newFlags(found.recorded(), Instant.now());
                }
            };
            MonitorService service = new MonitorService(schedules, work, ScheduleLedger.open(main.dataDir()), Clock.systemUTC());
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                service.stop();
                synchronized (this) {
                    if (tdClient != null) {
                        tdClient.close();
                    }
                }
                stopped.countDown();
            }, "npswatch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            service.start();
            spec.commandLine().getOut().printf("npswatch service: %d sources scheduled (Europe/Amsterdam); stop with Ctrl-C or SIGTERM%n",
                    byJob.size());
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return 0;
    }

    private org.npswatch.fetch.telegram.tdlib.TdClient tdClient;

    /** The service's one TDLib client, started at the first TDLib source; needs a prior login. */
    private synchronized org.npswatch.fetch.telegram.tdlib.TdClient tdlib() {
        if (tdClient == null) {
            var td = org.npswatch.fetch.telegram.tdlib.TdJson.load(
                    org.npswatch.fetch.telegram.tdlib.TdlibLocator.fromSystem().locate(java.util.Optional.empty()));
            var credentials = org.npswatch.fetch.telegram.tdlib.TelegramCredentials.load(System.getenv(), main.dataDir());
            var client = org.npswatch.fetch.telegram.tdlib.TdClient.start(td,
                    org.npswatch.fetch.telegram.tdlib.TdClient.Settings.of(main.dataDir(), credentials));
            var state = client.awaitSettled(java.time.Duration.ofSeconds(30));
            if (!(state instanceof org.npswatch.fetch.telegram.tdlib.AuthorizationState.Ready)) {
                client.close();
                throw new org.npswatch.fetch.telegram.tdlib.TdlibException(
                        "TDLib is not logged in (" + state + "): run ./npswatch telegram login first");
            }
            tdClient = client;
        }
        return tdClient;
    }

    private void runSource(SourceConfig s, OfferIndex index, RunLog runLog) {
        switch (s) {
            case WebshopConfig w -> {
                WebshopMonitor.Outcome o = new WebshopMonitor(main.dataDir(), new PageExtraction(main.lexicon()), index, runLog)
                        .crawl(w, Instant.now(), CrawlProgress.NONE);
                LOG.info("{}: {} | {}", w.id(), o.report().summary(), o.diff());
            }
            case TelegramConfig t -> {
                TelegramMonitor monitor = new TelegramMonitor(main.dataDir(), main.lexicon(), index, runLog, main.pseudonymiser());
                TelegramMonitor.Outcome o = t.via() == TelegramConfig.Via.TDLIB
                        ? monitor.readTdlib(t, tdlib(), Instant.now())
                        : monitor.readPreview(t, FetchLimits.DEFAULTS, Instant.now());
                LOG.info("{}: {} new posts, {} offers", t.id(), o.posts(), o.offers());
            }
        }
    }
}
