package org.npswatch.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.npswatch.source.MissedRuns;
import org.npswatch.source.ScheduleLedger;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running service behind {@code npswatch run}: one Quartz job per source on its own
 * cron, plus the weekly digest job on Monday morning (Europe/Amsterdam). Two runs of one job never
 * overlap; a run missed while the service was down runs once when it comes back (never twice;
 * see {@link MissedRuns}); {@link #stop()} asks running jobs to finish the item in hand and
 * commit, then waits for them.
 */
final class MonitorService implements AutoCloseable {
    static final String DIGEST_JOB = "weekly-digest";
    /** Monday 07:00 Europe/Amsterdam. */
    static final String DIGEST_SCHEDULE = "0 0 7 ? * MON";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger LOG = LoggerFactory.getLogger(MonitorService.class);
    private static final String CTX_SERVICE = "npswatch.service";

    private final Map<String, String> schedules;
    private final ScheduledWork work;
    private final ScheduleLedger ledger;
    private final Clock clock;
    private final Map<String, Cancellation> running = new ConcurrentHashMap<>();
    private Scheduler scheduler;

    /**
     * @param schedules job name to Quartz cron; the digest job is added
     */
    MonitorService(Map<String, String> schedules, ScheduledWork work, ScheduleLedger ledger, Clock clock) {
        this.schedules = new LinkedHashMap<>(schedules);
        this.schedules.putIfAbsent(DIGEST_JOB, DIGEST_SCHEDULE);
        this.work = work;
        this.ledger = ledger;
        this.clock = clock;
    }

    void start() throws SchedulerException {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "npswatch");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(Math.max(2, Math.min(4, schedules.size()))));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.getContext().put(CTX_SERVICE, this);
        for (Map.Entry<String, String> e : schedules.entrySet()) {
            JobDetail job = JobBuilder.newJob(Run.class).withIdentity(e.getKey()).storeDurably().build();
            Trigger cron = TriggerBuilder.newTrigger().withIdentity(e.getKey() + "-cron").forJob(job)
                    .withSchedule(CronScheduleBuilder.cronSchedule(e.getValue()).inTimeZone(TimeZone.getTimeZone(ZONE))
                            // catch-up after downtime is decided by the ledger, once, not by Quartz
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
            scheduler.scheduleJob(job, cron);
            if (MissedRuns.missed(e.getValue(), ZONE, ledger.get(e.getKey()), clock.instant())) {
                LOG.info("{}: a run was missed or interrupted while the service was down; running it once now", e.getKey());
                scheduler.triggerJob(job.getKey());
            }
        }
        scheduler.start();
    }

    /** Asks running jobs to stop after the item in hand, waits for them, stops the scheduler. */
    void stop() {
        running.values().forEach(Cancellation::request);
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.error("scheduler did not shut down cleanly: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void execute(String job) {
        Cancellation cancel = new Cancellation();
        running.put(job, cancel);
        try {
            ledger.started(job, clock.instant());
            work.run(job, cancel);
            ledger.completed(job, clock.instant());
        } finally {
            running.remove(job);
        }
    }

    /** The Quartz job; one class for every job, never two at once for the same job key. */
    @DisallowConcurrentExecution
    public static final class Run implements InterruptableJob {
        private volatile MonitorService service;
        private volatile JobKey key;

        @Override
        public void execute(JobExecutionContext ctx) throws JobExecutionException {
            try {
                service = (MonitorService) ctx.getScheduler().getContext().get(CTX_SERVICE);
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
            key = ctx.getJobDetail().getKey();
            try {
                service.execute(key.getName());
            } catch (RuntimeException e) {
                // one failed run must not stop the schedule; the ledger keeps it as not completed
                LOG.error("{}: run failed: {}", key.getName(), e.getMessage());
            }
        }

        @Override
        public void interrupt() {
            if (service != null && key != null) {
                Cancellation c = service.running.get(key.getName());
                if (c != null) {
                    c.request();
                }
            }
        }
    }
}
