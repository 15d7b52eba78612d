package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The human summary of a benchmark report: one block per corpus size with the figures the
 * targets are about. In: the JSON report; out: lines on a stream.
 */
final class BenchSummary {
    private static final double MB = 1024.0 * 1024.0;

    private BenchSummary() {
    }

    /** Prints one block per size. */
    static void print(JsonNode root, PrintStream out) {
        for (JsonNode size : root.get("sizes")) {
            JsonNode build = size.get("build");
            JsonNode load = size.get("load");
            out.println(String.format(Locale.ROOT, "%,d articles (%,d words), gold precision %.2f recall %.2f",
                    size.get("articles").asInt(), size.get("words").asLong(),
                    size.at("/quality/precision").asDouble(), size.at("/quality/recall").asDouble()));
            out.println(String.format(Locale.ROOT,
                    "  extraction, one thread: %,d words/s (%,d per CPU second)",
                    size.at("/extraction/wordsPerSecond").asLong(), size.at("/extraction/wordsPerCpuSecond").asLong()));
            out.println(String.format(Locale.ROOT,
                    "  build, %d threads: %,d words/s, %.1f articles/s, %,d quads/s, %.2f cores, %,d words per CPU second",
                    build.get("threads").asInt(), build.get("wordsPerSecond").asLong(),
                    build.get("articlesPerSecond").asDouble(), build.get("quadsPerSecond").asLong(),
                    build.get("coresUsed").asDouble(), build.get("wordsPerCpuSecond").asLong()));
            out.println(String.format(Locale.ROOT,
                    "  memory: peak heap %.0f MB (live %.0f MB), RSS %.0f MB (anonymous %.0f MB, the rest is mapped store files)",
                    build.get("peakHeapBytes").asLong() / MB, build.get("heapAfterGcBytes").asLong() / MB,
                    build.get("rssHighWaterBytes").asLong() / MB, build.get("peakAnonymousRssBytes").asLong() / MB));
            out.println(String.format(Locale.ROOT,
                    "  loading %,d quads: newsgraph %,d/s, Jena basic %,d/s, sequential %,d/s (ratio %.2f)",
                    load.get("quads").asLong(), load.get("newsgraphQuadsPerSecond").asLong(),
                    load.get("jenaBasicQuadsPerSecond").asLong(), load.get("jenaSequentialQuadsPerSecond").asLong(),
                    load.get("ratioToFasterJenaLoader").asDouble()));
            out.println(String.format(Locale.ROOT, "  add one article: median %.0f ms",
                    size.at("/addOneArticle/medianMillis").asDouble()));
            printLatency(size.get("sparql"), out);
        }
    }

    private static void printLatency(JsonNode series, PrintStream out) {
        for (JsonNode s : series) {
            out.println(String.format(Locale.ROOT, "  %-22s %2d clients: p50 %8.1f  p95 %8.1f  p99 %8.1f ms, %d requests, %d errors",
                    s.get("query").asText(), s.get("clients").asInt(), s.get("p50Millis").asDouble(),
                    s.get("p95Millis").asDouble(), s.get("p99Millis").asDouble(), s.get("requests").asInt(),
                    s.get("errors").asInt()));
        }
    }

    /** One line about a soak. */
    static String soakLine(JsonNode soak) {
        return String.format(Locale.ROOT,
                "soak: %d s, %d clients, %,d requests, %d failed, p50 %.1f p95 %.1f p99 %.1f ms, %d articles added",
                soak.get("seconds").asLong(), soak.get("clients").asInt(), soak.get("requests").asInt(),
                soak.get("errors").asInt(), soak.get("p50Millis").asDouble(), soak.get("p95Millis").asDouble(),
                soak.get("p99Millis").asDouble(), soak.get("articlesAdded").asInt());
    }
}
