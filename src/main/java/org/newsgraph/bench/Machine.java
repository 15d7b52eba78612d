package org.newsgraph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Facts about the machine a benchmark runs on (CPU, cores, memory, JVM) and its current load, so
 * every figure can be read with the conditions it was taken under. Linux /proc is read when present.
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
