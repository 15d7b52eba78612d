package org.newsgraph.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.GraphStore;

/**
 * Measures SPARQL latency over HTTP: a {@link NewsgraphServer} on a free loopback port over the
 * store, then, for every query in {@code queries/} and every client count, one warm-up request
 * and a bounded series of requests from that many concurrent clients. In: a store and settings;
 * out: one JSON object per (query, clients) with p50/p95/p99.
 */
final class LatencyPhase {
    /**
     * The server's query timeout during the latency series: a query slower than this misses any
     * latency target by far, and counts as a failed request (503) instead of stretching the run.
     */
    static final Duration SERIES_QUERY_TIMEOUT = Duration.ofSeconds(10);

    private LatencyPhase() {
    }

    /** The queries of {@code folder} ({@code *.rq}), by file name without extension, sorted. */
    static Map<String, String> queries(Path folder) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String name = file.getFileName().toString();
                queries.put(name.substring(0, name.length() - 3), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return queries;
    }

    /** Runs every series against a server over {@code store}, adding each to {@code series} and saving. */
    static void measure(GraphStore store, BenchSettings settings, ArrayNode series, SizeBenchmark.Saver save)
            throws IOException, InterruptedException {
        Map<String, String> queries = queries(settings.home().resolve("queries"));
        NewsgraphServer server = start(store, SERIES_QUERY_TIMEOUT);
        try {
            LoadGenerator load = new LoadGenerator(server.sparqlUrl());
            for (Map.Entry<String, String> q : queries.entrySet()) {
                load.warmUp(q.getValue());
                for (int clients : settings.clients()) {
                    double before = Machine.load1();
                    Machine.Window window = Machine.Window.open();
                    LatencyStats stats = load.run(q.getValue(), clients, settings.requestsPerClient(),
                            settings.seriesBudget());
                    series.add(describe(q.getKey(), clients, stats, before, window));
                    save.save();
                }
            }
        } finally {
            stop(server, store);
        }
    }

    /**
     * Stops the server and waits (up to 30 s) until the queries it still runs are done: some
     * queries outlive the server's query timeout. A transaction still open after that belongs to a
     * request the stop cut off; closing the store then forces it closed.
     */
    static void stop(NewsgraphServer server, GraphStore store) throws InterruptedException {
        server.stop();
        DatasetGraph dataset = store.datasetGraph();
        while (dataset instanceof DatasetGraphWrapper wrapper) {
            dataset = wrapper.getWrapped();
        }
        TransactionCoordinator transactions = TDBInternal.getTransactionCoordinator(dataset);
        for (int i = 0; i < 30 && transactions != null && transactions.countActive() > 0; i++) {
            Thread.sleep(1000);
        }
    }

    /**
     * A read-only server over {@code store} on a free port, without the UI, with the default
     * admission control (one running query per core) and this query timeout.
     */
    static NewsgraphServer start(GraphStore store, Duration queryTimeout) {
        return NewsgraphServer.builder().store(store).port(0).ui(false).queryTimeout(queryTimeout).build().start();
    }

    /** One series as JSON. */
    static ObjectNode describe(String query, int clients, LatencyStats stats, double loadBefore,
                               Machine.Window window) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("query", query);
        r.put("clients", clients);
        r.put("requests", stats.count());
        r.put("errors", stats.errors());
        if (stats.firstError() != null) {
            r.put("firstError", stats.firstError());
        }
        r.put("p50Millis", round(stats.percentileMillis(50)));
        r.put("p95Millis", round(stats.percentileMillis(95)));
        r.put("p99Millis", round(stats.percentileMillis(99)));
        r.put("meanMillis", round(stats.meanMillis()));
        r.put("load1Start", loadBefore);
        r.put("load1End", Machine.load1());
        r.put("otherProcessesCores", window.otherCores());
        return r;
    }

    private static double round(double millis) {
        return Double.isNaN(millis) ? -1 : Math.round(millis * 100) / 100.0;
    }
}
