package org.newsgraph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Facts about the machine a benchmark runs on (CPU, cores, memory, JVM) and its load, so every
 * figure can be read with the conditions it was taken under: the 1-minute load average, and the
 * cores other processes kept busy during a phase (the load average also counts the benchmark's own
 * threads and lags by a minute). Linux /proc is read when present.
 */
final class Machine {
    private Machine() {
    }

    /** CPU model, cores, memory, OS, Java version and heap limit. */
    static ObjectNode describe() {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("cpu", procValue(Path.of("/proc/cpuinfo"), "model name"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memoryKb", procValue(Path.of("/proc/meminfo"), "MemTotal").replace(" kB", ""));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("maxHeapBytes", MemoryProbe.maxHeap());
        return m;
    }

    /** The 1-minute load average, or -1 when unknown. */
    static double load1() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? -1 : Math.round(load * 100) / 100.0;
    }

    /** CPU time this process has used so far, in seconds (-1 when unknown). */
    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    /**
     * CPU time the whole machine has been busy so far (all processes, /proc/stat), in seconds;
     * -1 when unknown.
     */
    static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
            }
            return busy / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A measuring window: how many cores other processes kept busy while a phase ran. */
    record Window(long startNanos, double machineBusy, double ownCpu) {
        static Window open() {
            return new Window(System.nanoTime(), machineBusySeconds(), processCpuSeconds());
        }

        /** Cores used by other processes since {@link #open()}, or -1 when unknown. */
        double otherCores() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double other = machineBusySeconds() - machineBusy - (processCpuSeconds() - ownCpu);
            return machineBusy < 0 || seconds <= 0 ? -1 : Math.max(0, Math.round(100 * other / seconds) / 100.0);
        }
    }

    private static String procValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.toLowerCase(Locale.ROOT).startsWith(key.toLowerCase(Locale.ROOT))) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
