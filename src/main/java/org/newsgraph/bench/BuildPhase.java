package org.newsgraph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.store.GraphStore;

/**
 * Measures a full build of a corpus into a fresh store (throughput, CPU, memory) and then the
 * time to add one new article to the built store. In: a builder, the corpus and a store; out:
 * JSON objects.
 */
final class BuildPhase {
    private static final int ADD_SAMPLES = 5;

    private BuildPhase() {
    }

    /** Builds {@code articles} into {@code store} with {@code threads} analysis threads. */
    static ObjectNode build(GraphBuilder builder, Path articles, GraphStore store, int threads) {
        double load = Machine.load1();
        Machine.Window window = Machine.Window.open();
        double cpu = Machine.processCpuSeconds();
        CollectingReporter problems = new CollectingReporter();
        BuildSummary s;
        MemoryProbe.Peaks peaks;
        try (MemoryProbe probe = MemoryProbe.start()) {
            s = builder.build(List.of(articles), store, problems, BuildOptions.defaults().withThreads(threads));
            peaks = probe.peaks();
        }
        ObjectNode r = report(s, Machine.processCpuSeconds() - cpu);
        r.put("threads", threads);
        memory(r, peaks);
        r.put("load1Start", load);
        r.put("load1End", Machine.load1());
        r.put("otherProcessesCores", window.otherCores());
        return r;
    }

    private static ObjectNode report(BuildSummary s, double cpuSeconds) {
        double seconds = s.elapsed().toNanos() / 1e9;
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("articles", s.added() + s.replaced() + s.unchanged());
        r.put("rejected", s.rejected());
        r.put("words", s.words());
        r.put("claims", s.claims());
        r.put("conflicts", s.conflicts());
        r.put("quadsWritten", s.quads());
        r.put("seconds", seconds);
        r.put("wordsPerSecond", Math.round(s.words() / seconds));
        r.put("articlesPerSecond", Math.round(10 * (s.added() + s.replaced() + s.unchanged()) / seconds) / 10.0);
        r.put("quadsPerSecond", Math.round(s.quads() / seconds));
        r.put("cpuSeconds", cpuSeconds);
        r.put("coresUsed", Math.round(100 * cpuSeconds / seconds) / 100.0);
        r.put("wordsPerCpuSecond", Math.round(s.words() / cpuSeconds));
        return r;
    }

    /** Adds {@value #ADD_SAMPLES} new articles one at a time and reports each build's time. */
    static ObjectNode addOne(GraphBuilder builder, GraphStore store, ArticleMaker maker, int firstIndex, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        List<Double> millis = new ArrayList<>();
        double load = Machine.load1();
        Machine.Window window = Machine.Window.open();
        for (int i = 0; i < ADD_SAMPLES; i++) {
            GeneratedArticle article = maker.make(firstIndex + i);
            Path file = folder.resolve(article.id() + ".txt");
            Files.writeString(file, article.text());
            BuildSummary s = builder.build(List.of(file), store, new CollectingReporter(),
                    BuildOptions.defaults().withThreads(1));
            millis.add(s.elapsed().toNanos() / 1e6);
        }
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        millis.forEach(r.putArray("millis")::add);
        r.put("medianMillis", millis.stream().sorted().toList().get(millis.size() / 2));
        r.put("load1Start", load);
        r.put("load1End", Machine.load1());
        r.put("otherProcessesCores", window.otherCores());
        return r;
    }

    static void memory(ObjectNode r, MemoryProbe.Peaks peaks) {
        r.put("peakHeapBytes", peaks.heapUsed());
        r.put("heapAfterGcBytes", peaks.heapAfterGc());
        r.put("rssHighWaterBytes", peaks.rssHighWater());
        r.put("peakAnonymousRssBytes", peaks.anonymousRss());
        r.put("maxHeapBytes", MemoryProbe.maxHeap());
    }
}
