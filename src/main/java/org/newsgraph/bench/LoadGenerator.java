package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-loop SPARQL load generator on loopback: N client threads, each sending one query,
 * waiting for the whole answer, then sending the next, until it has sent its share or the time
 * budget is spent. In: the endpoint URL and the queries; out: {@link LatencyStats}. Any answer
 * other than HTTP 200, and any I/O failure, counts as a failed request.
 */
final class LoadGenerator {
    private static final int TIMEOUT_MILLIS = 120_000;

    private final String endpoint;

    LoadGenerator(String sparqlUrl) {
        this.endpoint = sparqlUrl;
    }

    /** {@code clients} clients sending {@code query} up to {@code perClient} times each, within {@code budget}. */
    LatencyStats run(String query, int clients, int perClient, Duration budget) throws InterruptedException {
        return drive(clients, perClient, budget, client -> query);
    }

    /** {@code clients} clients each sending queries picked at random (seeded per client) until {@code duration} ends. */
    LatencyStats mixed(List<String> queries, int clients, Duration duration, long seed) throws InterruptedException {
        List<Random> randoms = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            randoms.add(new Random(seed + i));
        }
        return drive(clients, Integer.MAX_VALUE, duration,
                client -> queries.get(randoms.get(client).nextInt(queries.size())));
    }

    /** Sends {@code query} once, outside any measurement; true when answered with HTTP 200. */
    boolean warmUp(String query) {
        LatencyStats ignored = new LatencyStats();
        send(query, ignored);
        return ignored.errors() == 0;
    }

    private LatencyStats drive(int clients, int perClient, Duration budget, IntFunction<String> next)
            throws InterruptedException {
        LatencyStats stats = new LatencyStats();
        long deadline = System.nanoTime() + budget.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                        send(next.apply(client), stats);
                    }
                }));
            }
            for (Future<?> f : running) {
                waitFor(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return stats;
    }

    private static void waitFor(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("load client failed: " + e.getCause(), e.getCause());
        }
    }

    /** One request on this thread's own connection (HttpURLConnection: blocking, with read timeouts). */
    private void send(String query, LatencyStats stats) {
        long start = System.nanoTime();
        try {
            URL url = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toURL();
            HttpURLConnection http = (HttpURLConnection) url.openConnection();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            http.setRequestProperty("Accept", "application/sparql-results+json");
            int status = http.getResponseCode();
            try (InputStream body = status < 400 ? http.getInputStream() : http.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (status == 200) {
                stats.record(System.nanoTime() - start);
            } else {
                stats.error("HTTP " + status);
            }
        } catch (IOException | RuntimeException e) {
            stats.error(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
