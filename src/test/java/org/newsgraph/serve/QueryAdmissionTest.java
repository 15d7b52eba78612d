package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/**
 * Admission control: with one query allowed at a time, a quick query waits for a runaway one
 * (which the timeout stops) instead of running beside it; ping is never held up; a request that
 * would wait longer than twice the timeout gets 503.
 */
class QueryAdmissionTest {
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String QUICK = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    Path dir;

    private GraphStore store() {
        GraphStore store = GraphStore.open(dir.resolve("tdb2"));
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 1000; i++) {
            graph.add(NodeFactory.createURI(Vocab.ID + "s" + i), Vocab.ng("index"),
                    NodeFactory.createLiteralString(Integer.toString(i)));
        }
        store.replaceGraph(Vocab.document("big"), graph);
        return store;
    }

    private static NewsgraphServer server(GraphStore store, Duration timeout) {
        return NewsgraphServer.builder().store(store).port(0).ui(false).queryTimeout(timeout)
                .maxConcurrentQueries(1).build().start();
    }

    private static CompletableFuture<HttpResponse<String>> send(Http http, String sparql) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return http.get(Http.query(sparql), "text/csv");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aQuickQueryWaitsForTheRunningOneAndPingDoesNot() throws Exception {
        Duration timeout = Duration.ofSeconds(2);
        try (GraphStore store = store()) {
            NewsgraphServer server = server(store, timeout);
            try {
                Http http = new Http(server.baseUrl());
                CompletableFuture<HttpResponse<String>> runaway = send(http, RUNAWAY);
                Thread.sleep(300);
                long start = System.nanoTime();
                assertEquals(200, http.get("/$/ping", "text/plain").statusCode());
                long pingMillis = (System.nanoTime() - start) / 1_000_000;
                HttpResponse<String> quick = http.get(Http.query(QUICK), "text/csv");
                long quickMillis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(pingMillis < 1000, "ping waited " + pingMillis + " ms");
                assertEquals(200, quick.statusCode(), quick.body());
                assertTrue(quickMillis >= 1000, "the quick query ran beside the runaway one: " + quickMillis + " ms");
                assertEquals(503, runaway.get().statusCode(), "the runaway query is stopped by the timeout");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aRequestThatWouldWaitLongerThanTwiceTheTimeoutGets503() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        try (GraphStore store = store()) {
            NewsgraphServer server = server(store, timeout);
            try {
                Http http = new Http(server.baseUrl());
                List<CompletableFuture<HttpResponse<String>>> ahead = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    ahead.add(send(http, RUNAWAY));
                    Thread.sleep(100);
                }
                HttpResponse<String> late = http.get(Http.query(QUICK), "text/csv");
                assertEquals(503, late.statusCode(), late.body());
                assertTrue(late.body().contains("busy"), late.body());
                assertEquals("5", late.headers().firstValue("Retry-After").orElse(""));
                for (CompletableFuture<HttpResponse<String>> f : ahead) {
                    f.get();
                }
                assertEquals(200, http.get(Http.query(QUICK), "text/csv").statusCode(), "answers again once idle");
            } finally {
                server.stop();
            }
        }
    }
}
