package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches this process's memory during a benchmark phase: the peak of the used heap (sampled every
 * 20 ms from the MemoryMXBean, garbage included), the largest heap left right after a garbage
 * collection (the live data), the peak resident set size (VmHWM in /proc/self/status, reset at the
 * start when the kernel allows; it counts the store files TDB2 maps into memory) and the peak of
 * its anonymous part (RssAnon, sampled: heap, stacks, native memory). In: start, then close; out:
 * a {@link Peaks}.
 */
final class MemoryProbe implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 20;

    /** What one phase used at most, in bytes (-1 when unknown). */
    record Peaks(long heapUsed, long heapAfterGc, long rssHighWater, long anonymousRss) {
    }

    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong peakAnonymous = new AtomicLong(-1);
    private final Thread sampler;
    private volatile boolean running = true;

    private MemoryProbe() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        resetRssPeak();
        sampler = new Thread(this::sample, "newsgraph-memory-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching. */
    static MemoryProbe start() {
        return new MemoryProbe();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakHeap.accumulateAndGet(used, Math::max);
            peakAfterGc.accumulateAndGet(heapAfterLastGc(), Math::max);
            peakAnonymous.accumulateAndGet(anonymousRss(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The peaks so far. */
    Peaks peaks() {
        return new Peaks(peakHeap.get(), Math.max(peakAfterGc.get(), heapAfterLastGc()), rssHighWater(),
                peakAnonymous.get());
    }

    /** The heap in use right after the last collection of each pool (the live data then). */
    static long heapAfterLastGc() {
        long afterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                afterGc += pool.getCollectionUsage().getUsed();
            }
        }
        return afterGc;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** The largest resident set size of this process so far (since the last reset), in bytes, or -1. */
    static long rssHighWater() {
        return statusValue("VmHWM:");
    }

    /** The anonymous resident memory of this process now (heap, stacks, native), in bytes, or -1. */
    static long anonymousRss() {
        return statusValue("RssAnon:");
    }

    /** The largest heap the JVM may use, in bytes. */
    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private static void resetRssPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return;
        }
    }

    private static long statusValue(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
