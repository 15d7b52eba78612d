package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Flow;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/**
 * The server's limits and error codes: row cap, query timeout (the server keeps answering),
 * request size cap, 400 for bad SPARQL, CORS, statistics and metrics.
 */
class ServerLimitsTest {
    private static final int TRIPLES = 2000;
    private static final int MAX_ROWS = 25;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_BYTES = 10_000;
    private static final String CROSS_PRODUCT = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static NewsgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        store = GraphStore.open(dir.resolve("tdb2"));
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < TRIPLES; i++) {
            graph.add(NodeFactory.createURI(Vocab.ID + "s" + i), Vocab.ng("index"),
                    NodeFactory.createLiteralString(Integer.toString(i)));
        }
        store.replaceGraph(Vocab.document("big"), graph);
        server = NewsgraphServer.builder().store(store).port(0).ui(false).queryTimeout(TIMEOUT)
                .maxResults(MAX_ROWS).maxRequestBytes(MAX_BYTES).build().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    private static long csvRows(HttpResponse<String> response) {
        return response.body().lines().count() - 1;
    }

    @Test
    void selectStarOverACrossProductReturnsAtMostMaxRows() throws Exception {
        HttpResponse<String> response = http.get(Http.query("SELECT * " + CROSS_PRODUCT), "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals(MAX_ROWS, csvRows(response));
    }

    @Test
    void aSmallerLimitOfTheCallerIsKept() throws Exception {
        HttpResponse<String> response = http.get(Http.query("SELECT * { ?s ?p ?o } LIMIT 7"), "text/csv");
        assertEquals(7, csvRows(response));
    }

    @Test
    void fourWayCrossProductEndsWithinTwiceTheTimeoutAndTheServerKeepsAnswering() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.get(Http.query("SELECT (COUNT(*) AS ?n) " + CROSS_PRODUCT),
                "application/sparql-results+json");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode(), response.body());
        Duration bound = TIMEOUT.multipliedBy(2).plusSeconds(3);
        assertTrue(elapsed.compareTo(bound) < 0, "stopped after " + elapsed + ", bound " + bound);
        HttpResponse<String> after = http.get(Http.query(COUNT), "text/csv");
        assertEquals(200, after.statusCode());
        assertEquals(Integer.toString(TRIPLES), after.body().lines().skip(1).findFirst().orElse(""));
    }

    @Test
    void sortingACrossProductTimesOutDespiteTheRowCap() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.get(Http.query("SELECT * " + CROSS_PRODUCT + " ORDER BY ?c ?f ?i ?l"),
                "text/csv");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode());
        assertTrue(elapsed.compareTo(TIMEOUT.multipliedBy(2).plusSeconds(3)) < 0, elapsed.toString());
    }

    @Test
    void badSparqlIs400WithAReadableMessage() throws Exception {
        HttpResponse<String> response = http.get(Http.query("SELEKT * { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Parse error"), response.body());
    }

    @Test
    void oversizedBodiesAre413AndSmallOnesWork() throws Exception {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(MAX_BYTES);
        assertEquals(413, http.post(NewsgraphServer.DATASET + "/sparql", "application/sparql-query", big).statusCode());
        assertEquals(413, http.send(streamed(big)).statusCode(), "a streamed body without length");
        HttpResponse<String> small = http.send(streamed(COUNT).header("Accept", "text/csv"));
        assertEquals(200, small.statusCode());
        assertEquals(Integer.toString(TRIPLES), small.body().lines().skip(1).findFirst().orElse(""));
        assertEquals(200, http.get(Http.query(COUNT), "text/csv").statusCode(), "the server still answers");
    }

    /** A POST whose body has no declared length (sent chunked). */
    private static HttpRequest.Builder streamed(String body) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.BodyPublisher unknownLength = new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                known.subscribe(subscriber);
            }
        };
        return http.request(NewsgraphServer.DATASET + "/sparql").header("Content-Type", "application/sparql-query")
                .POST(unknownLength);
    }

    @Test
    void corsHeadersAnswerABrowserOrigin() throws Exception {
        HttpResponse<String> response = http.send(http.request(Http.query(COUNT))
                .header("Origin", "https://notebook.example").header("Accept", "text/csv").GET());
        assertEquals(200, response.statusCode());
        assertEquals("https://notebook.example",
                response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void statisticsAndPrometheusMetricsAreServed() throws Exception {
        http.get(Http.query(COUNT), "text/csv");
        HttpResponse<String> stats = http.get("/$/stats", "application/json");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains(NewsgraphServer.DATASET), stats.body());
        HttpResponse<String> metrics = http.get("/$/metrics", "text/plain");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), metrics.body());
    }
}
