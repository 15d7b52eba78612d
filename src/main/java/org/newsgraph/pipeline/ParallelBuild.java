package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.newsgraph.ingest.Document;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.GraphStore;

/**
 * Runs the document stage of a build on several threads: one reader ({@link DocumentFeed}), N
 * analysis workers ({@link ExtractionWorker}) and one writer ({@link OrderedWriter}, on the
 * calling thread). In: inputs, the analysis of one document, a store. Out: the build's totals; the store holds the
 * same graphs as a sequential build would, whatever the number of threads. An exception from the
 * reporter or the store stops every thread and propagates.
 */
final class ParallelBuild {
    /** Deep recursion in regular expressions over hostile text needs more than the default stack. */
    private static final long WORKER_STACK_BYTES = 64L << 20;
    private static final long JOIN_MILLIS = 10_000;

    private final DocumentAnalysis analysis;
    private final BuildOptions options;

    /** A build that turns each document into its graph with {@code analysis} (thread-safe). */
    ParallelBuild(DocumentAnalysis analysis, BuildOptions options) {
        this.analysis = analysis;
        this.options = options;
    }

    /** A build whose analysis reports no warnings. */
    ParallelBuild(Function<Document, Graph> analysis, BuildOptions options) {
        this((doc, warnings) -> analysis.apply(doc), options);
    }

    /** Reads, analyses and stores every document of {@code inputs}. */
    BuildCounts run(List<Path> inputs, GraphStore store, ProblemReporter reporter) {
        BuildQueues queues = new BuildQueues();
        DocumentFeed feed = new DocumentFeed(inputs, queues, options.threads());
        List<Thread> threads = new ArrayList<>();
        threads.add(thread(feed, "newsgraph-reader"));
        for (int i = 0; i < options.threads(); i++) {
            threads.add(thread(new ExtractionWorker(analysis, queues), "newsgraph-analysis-" + i));
        }
        threads.forEach(Thread::start);
        try {
            BuildCounts counts = new OrderedWriter(store, reporter, queues, options).run();
            rethrow(feed.failure());
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } finally {
            stop(threads);
        }
    }

    private static Thread thread(Runnable body, String name) {
        Thread thread = new Thread(null, body, name, WORKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private static void stop(List<Thread> threads) {
        threads.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_MILLIS);
        for (Thread thread : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                thread.join(Math.max(1, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
