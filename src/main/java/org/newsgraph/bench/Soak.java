package org.newsgraph.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.GraphStore;

/**
 * The soak test behind {@code newsgraph bench --soak SECONDS}: a store built from a corpus, a
 * server over it, N clients sending a random mix of the {@code queries/} set for the whole time,
 * while a build adds ten new articles to the same store every 10 s (the server's timeout is
 * the default 30 s, with the default admission control). Reports failed requests (the target
 * is zero), latency percentiles, articles added, and the heap after each garbage collection,
 * sampled every 10 s, to show it stays flat. In: settings; out: a JSON object.
 */
public final class Soak {
    private static final int ARTICLES_PER_ADD = 10;
    /** A batch every 10 s: one article a second, a busy newsroom's rate, for the whole soak. */
    private static final long MILLIS_BETWEEN_ADDS = 10_000;
    private static final long HEAP_SAMPLE_MILLIS = 10_000;

    private final BenchSettings settings;
    private final PrintStream log;

    /** A soak with these settings, logging progress to {@code log}. */
    public Soak(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs the soak for {@code duration} over a store of {@code articles} articles with {@code clients} clients. */
    public ObjectNode run(int articles, Duration duration, int clients, Path report)
            throws IOException, InterruptedException {
        ObjectNode root = new Benchmark(settings, log).header("soak");
        Path folder = settings.work().resolve("soak");
        CorpusGenerator.Corpus corpus = CorpusGenerator.ensure(folder.resolve("corpus"), articles,
                settings.seed(), settings.format());
        Folders.deleteTree(folder.resolve("store"));
        GraphBuilder builder = GraphBuilder.create(settings.home());
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            log.println("soak: building " + articles + " articles");
            builder.build(List.of(corpus.articles()), store, new CollectingReporter(),
                    BuildOptions.defaults().withThreads(settings.threads()));
            root.set("soak", soak(store, builder, folder.resolve("added"), articles, duration, clients));
        }
        Benchmark.write(root, report);
        return root;
    }

    private ObjectNode soak(GraphStore store, GraphBuilder builder, Path added, int articles, Duration duration,
                            int clients) throws IOException, InterruptedException {
        List<String> queries = List.copyOf(LatencyPhase.queries(settings.home().resolve("queries")).values());
        NewsgraphServer server = LatencyPhase.start(store, Duration.ofSeconds(30));
        AtomicBoolean stop = new AtomicBoolean();
        Writer writer = new Writer(builder, store, added, new ArticleMaker(settings.seed()), articles);
        Thread writing = new Thread(() -> writer.loop(stop), "newsgraph-soak-writer");
        ArrayNode heap = JsonNodeFactory.instance.arrayNode();
        Thread sampling = new Thread(() -> sampleHeap(heap, stop), "newsgraph-soak-heap");
        double load = Machine.load1();
        Machine.Window window = Machine.Window.open();
        log.println("soak: " + clients + " clients for " + duration.toSeconds() + " s while articles are added");
        writing.start();
        sampling.start();
        LatencyStats stats;
        try {
            stats = new LoadGenerator(server.sparqlUrl()).mixed(queries, clients, duration, settings.seed());
        } finally {
            stop.set(true);
            writing.join();
            sampling.join();
            LatencyPhase.stop(server, store);
        }
        return report(LatencyPhase.describe("mixed", clients, stats, load, window), duration, writer, heap);
    }

    private static ObjectNode report(ObjectNode r, Duration duration, Writer writer, ArrayNode heap) {
        r.put("seconds", duration.toSeconds());
        r.put("articlesAdded", writer.added);
        r.put("addBuilds", writer.builds);
        r.put("addFailures", writer.failures);
        r.set("heapSamples", heap);
        r.put("rssHighWaterBytes", MemoryProbe.rssHighWater());
        r.put("maxHeapBytes", MemoryProbe.maxHeap());
        return r;
    }

    private static void sampleHeap(ArrayNode heap, AtomicBoolean stop) {
        long start = System.nanoTime();
        while (!stop.get()) {
            ObjectNode sample = heap.addObject();
            sample.put("second", (System.nanoTime() - start) / 1_000_000_000L);
            sample.put("usedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            sample.put("afterGcBytes", MemoryProbe.heapAfterLastGc());
            sample.put("anonymousRssBytes", MemoryProbe.anonymousRss());
            sample.put("load1", Machine.load1());
            try {
                Thread.sleep(HEAP_SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Keeps adding batches of new articles to the store until told to stop. */
    private static final class Writer {
        private final GraphBuilder builder;
        private final GraphStore store;
        private final Path folder;
        private final ArticleMaker maker;
        private int next;
        private int added;
        private int builds;
        private int failures;

        Writer(GraphBuilder builder, GraphStore store, Path folder, ArticleMaker maker, int articles) {
            this.builder = builder;
            this.store = store;
            this.folder = folder;
            this.maker = maker;
            this.next = articles;
        }

        void loop(AtomicBoolean stop) {
            while (!stop.get()) {
                try {
                    Path batch = Files.createDirectories(folder.resolve("batch-" + builds));
                    for (int i = 0; i < ARTICLES_PER_ADD; i++) {
                        GeneratedArticle article = maker.make(next++);
                        Files.writeString(batch.resolve(article.id() + ".txt"), article.text());
                    }
                    BuildSummary s = builder.build(List.of(batch), store, new CollectingReporter(),
                            BuildOptions.defaults().withThreads(1));
                    added += s.added();
                    builds++;
                    Thread.sleep(MILLIS_BETWEEN_ADDS);
                } catch (IOException | RuntimeException e) {
                    failures++;
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
