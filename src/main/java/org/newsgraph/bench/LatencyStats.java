package org.newsgraph.bench;

import java.util.Arrays;

/**
 * Latencies of one series of requests, and how many failed. Thread-safe recording. In: one
 * duration per request; out: count, errors and percentiles in milliseconds.
 */
final class LatencyStats {
    private long[] nanos = new long[256];
    private int count;
    private int errors;
    private String firstError;

    /** Records one successful request. */
    synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** Records one failed request and remembers the first reason. */
    synchronized void error(String reason) {
        errors++;
        if (firstError == null) {
            firstError = reason;
        }
    }

    /** Successful requests. */
    synchronized int count() {
        return count;
    }

    /** Failed requests. */
    synchronized int errors() {
        return errors;
    }

    /** The first failure's reason, or null. */
    synchronized String firstError() {
        return firstError;
    }

    /** The latency below which {@code percent} % of the successful requests fall, in ms (nearest rank). */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** The mean latency in ms. */
    synchronized double meanMillis() {
        return count == 0 ? Double.NaN : Arrays.stream(nanos, 0, count).average().orElse(0) / 1e6;
    }
}
