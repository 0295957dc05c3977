package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.source.ScheduleLedger;

class MonitorServiceTest {
    @TempDir
    Path data;

    /** A daily job at 03:00; the clock says it is 10:00 on a day after the last run. */
    private static final String DAILY = "0 0 3 * * ?";

    @Test
    void missedRunIsRunOnceOnRestartAndNotAgainOnTheNextRestart() throws Exception {
        ScheduleLedger ledger = ScheduleLedger.open(data);
        ledger.started("shop-a", Instant.parse("2026-11-20T02:00:00Z"));
        ledger.completed("shop-a", Instant.parse("2026-11-20T02:05:00Z"));
        Clock now = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        List<String> runs = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ran = new CountDownLatch(1);

        try (MonitorService s = new MonitorService(Map.of("shop-a", DAILY, "shop-b", DAILY),
                (job, cancel) -> { runs.add(job); ran.countDown(); }, ledger, now)) {
            s.start();
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            Thread.sleep(300);
        }
        assertEquals(List.of("shop-a"), runs, "shop-b never ran, so it waits for its next fire time");

        // restart: the ledger, reopened from disk, records the catch-up run
        runs.clear();
        try (MonitorService s = new MonitorService(Map.of("shop-a", DAILY, "shop-b", DAILY),
                (job, cancel) -> runs.add(job), ScheduleLedger.open(data), now)) {
            s.start();
            Thread.sleep(500);
        }
        assertEquals(List.of(), runs);
    }

    @Test
    void runInterruptedByAKillIsResumedOnceOnRestart() throws Exception {
        ScheduleLedger ledger = ScheduleLedger.open(data);
        ledger.started("shop-a", Instant.parse("2026-11-23T02:00:00Z")); // never completed
        Clock now = Clock.fixed(Instant.parse("2026-11-23T02:30:00Z"), ZoneOffset.UTC);
        CountDownLatch ran = new CountDownLatch(1);
        try (MonitorService s = new MonitorService(Map.of("shop-a", DAILY), (job, c) -> ran.countDown(),
                ScheduleLedger.open(data), now)) {
            s.start();
            assertTrue(ran.await(10, TimeUnit.SECONDS));
        }
        assertTrue(ScheduleLedger.open(data).get("shop-a").orElseThrow().lastCompleted().isPresent());
    }

    @Test
    void twoRunsOfOneSourceNeverOverlap() throws Exception {
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        try (MonitorService s = new MonitorService(Map.of("shop-a", "* * * * * ?"), (job, cancel) -> {
            if (!job.equals("shop-a")) {
                return;
            }
            int c = concurrent.incrementAndGet();
            maxConcurrent.accumulateAndGet(c, Math::max);
            runs.incrementAndGet();
            sleep(2500); // longer than the one-second period
            concurrent.decrementAndGet();
        }, ScheduleLedger.open(data), Clock.systemUTC())) {
            s.start();
            Thread.sleep(5500);
        }
        assertEquals(1, maxConcurrent.get());
        assertTrue(runs.get() >= 2, "ran " + runs.get());
    }

    @Test
    void stopAsksTheRunningJobToFinishAndWaitsForItsCommit() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        AtomicInteger pagesDone = new AtomicInteger();
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        MonitorService s = new MonitorService(Map.of("shop-a", "* * * * * ?"), (job, cancel) -> {
            if (!job.equals("shop-a")) {
                return;
            }
            inside.countDown();
            for (int page = 0; page < 1000 && !cancel.requested(); page++) {
                sleep(20); // the page in hand
                pagesDone.incrementAndGet();
            }
            committed.add("commit after " + pagesDone.get() + " pages");
        }, ScheduleLedger.open(data), Clock.systemUTC());
        s.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        Thread.sleep(200);
        s.stop();
        assertEquals(1, committed.size(), "the job committed before stop() returned");
        assertTrue(pagesDone.get() < 1000, "the job stopped early");
        assertTrue(ScheduleLedger.open(data).get("shop-a").orElseThrow().lastCompleted().isPresent());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
