package org.npswatch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a benchmark phase runs. Two readings, because they answer different
 * questions: the peak of heap in use (sampled every few milliseconds, garbage included: what the
 * heap had to hold at the worst moment) and the largest heap left after a collection (the live set
 * the phase keeps: the heap in use just after each collection, all pools, the largest of these).
 * The JVM's own -Xmx bound is the proof a phase fits; these say by how much.
 *
 * <p>Start one per phase; not thread-safe apart from its own sampling thread.
 */
public final class HeapSampler implements AutoCloseable {
    /** What a phase used. */
    public record Reading(long peakUsedBytes, long maxAfterGcBytes, long gcCount, long gcMillis, long maxHeapBytes) {
        public String peakUsedMiB() {
            return mib(peakUsedBytes);
        }

        public String maxAfterGcMiB() {
            return maxAfterGcBytes < 0 ? "n/a" : mib(maxAfterGcBytes);
        }

        private static String mib(long bytes) {
            return String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
        }
    }

    private static final long SAMPLE_MILLIS = 10;

    private final Thread sampler;
    private final long gcCountAtStart;
    private final long gcMillisAtStart;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private final AtomicLong maxAfterGc = new AtomicLong(-1);
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterGc = this::onGc;

    private HeapSampler() {
        gcCountAtStart = gcCount();
        gcMillisAtStart = gcMillis();
        peakUsed = used();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(afterGc, null, null);
                emitters.add(e);
            }
        }
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
    }

    /** Starts watching now. */
    public static HeapSampler start() {
        return new HeapSampler();
    }

    /** Stops watching and reports. */
    public Reading stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
        long peak = Math.max(peakUsed, used());
        return new Reading(peak, maxAfterGc.get(), gcCount() - gcCountAtStart, gcMillis() - gcMillisAtStart,
                Runtime.getRuntime().maxMemory());
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                after += e.getValue().getUsed();
            }
        }
        // G1 also reports its concurrent cycle's pauses; every report is a moment right after reclaiming
        maxAfterGc.accumulateAndGet(after, Math::max);
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }

    private void sample() {
        while (running) {
            long u = used();
            if (u > peakUsed) {
                peakUsed = u;
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}
