package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.rdf.Vocab;

class NewsgraphServerTest {
    private static final String DOC = Vocab.DOC + "big";
    private static final int TRIPLES = 2000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static NewsgraphServer server;

    @BeforeAll
    static void startServer() {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.replaceGraph(NodeFactory.createURI(DOC), numbered(TRIPLES));
        server = NewsgraphServer.builder().store(store).port(0)
                .queryTimeout(Duration.ofSeconds(2)).runDirectory(dir.resolve("run")).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    /** A graph of {@code n} triples {@code <s_i> ng:index i}. */
    private static Graph numbered(int n) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            graph.add(NodeFactory.createURI(Vocab.ID + "s" + i), NodeFactory.createURI(Vocab.NG + "index"),
                    NodeFactory.createLiteralString(Integer.toString(i)));
        }
        return graph;
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", contentType).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String queryPath(String endpoint, String sparql) {
        return NewsgraphServer.DATASET + "/" + endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @Test
    void selectOverHttpAnswersJsonFromTheUnionGraph() throws Exception {
        HttpResponse<String> response = get(queryPath("sparql", COUNT), "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("json"));
        JsonNode binding = new ObjectMapper().readTree(response.body()).path("results").path("bindings").path(0);
        assertEquals(Integer.toString(TRIPLES), binding.path("n").path("value").asText(), response.body());
    }

    @Test
    void selectOverHttpAnswersCsvWhenAsked() throws Exception {
        HttpResponse<String> response = get(queryPath("query", COUNT), "text/csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(List.of("n", Integer.toString(TRIPLES)), response.body().lines().toList());
    }

    @Test
    void pingAnswers() throws Exception {
        assertEquals(200, get("/$/ping", "*/*").statusCode());
    }

    @Test
    void graphStoreReadReturnsADocumentGraph() throws Exception {
        HttpResponse<String> response = get(NewsgraphServer.DATASET + "/get?graph="
                + URLEncoder.encode(DOC, StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals(TRIPLES, RDFParser.fromString(response.body(), Lang.TURTLE).toGraph().size());
    }

    @Test
    void updatesAreRefusedAndTheStoreIsUnchanged() throws Exception {
        long before = store.quadCount();
        String insert = "INSERT DATA { GRAPH <" + DOC + "> { <urn:x> <urn:y> <urn:z> } }";
        List<HttpResponse<String>> responses = List.of(
                post(NewsgraphServer.DATASET + "/update", "application/sparql-update", insert),
                post(NewsgraphServer.DATASET + "/sparql", "application/sparql-update", insert),
                post(NewsgraphServer.DATASET + "/sparql", "application/x-www-form-urlencoded",
                        "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)),
                post(NewsgraphServer.DATASET, "application/sparql-update", insert),
                post(NewsgraphServer.DATASET + "/get?graph=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8),
                        "text/turtle", "<urn:x> <urn:y> <urn:z> ."));
        for (HttpResponse<String> response : responses) {
            int status = response.statusCode();
            assertTrue(status >= 400 && status < 500, response.request().uri() + " answered " + status);
        }
        assertEquals(before, store.quadCount());
    }

    @Test
    void adminAreaRefusesChanges() throws Exception {
        HttpResponse<String> create = post("/$/datasets?dbName=extra&dbType=mem", "text/plain", "");
        assertEquals(405, create.statusCode());
        HttpRequest delete = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/datasets/newsgraph"))
                .DELETE().build();
        assertEquals(405, HTTP.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, get(queryPath("sparql", COUNT), "text/csv").statusCode(), "dataset still served");
    }

    @Test
    void fusekiUiIsServedAtTheRoot() throws Exception {
        assertTrue(server.uiEnabled(), server.uiProblem().orElse(""));
        HttpResponse<String> response = get("/", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().toLowerCase().contains("<html"), response.body());
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals("127.0.0.1", server.host());
        assertFalse(server.boundAddresses().isEmpty());
        server.boundAddresses().forEach(address -> {
            assertTrue(address.getAddress().isLoopbackAddress(), address.toString());
            assertEquals(server.port(), address.getPort());
        });
        assertEquals(server.baseUrl() + "/newsgraph/sparql", server.sparqlUrl());
    }

    @Test
    void runawayQueryIsCutOffAndTheServerStillAnswers() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> response = get(queryPath("sparql", crossProduct), "application/sparql-results+json");
        assertEquals(503, response.statusCode(), "Fuseki answers a timed-out query with 503");
        assertEquals(200, get(queryPath("sparql", COUNT), "text/csv").statusCode());
    }

    @Test
    void secondServerOnTheSamePortFailsWithAOneLineMessage() {
        NewsgraphServer second = NewsgraphServer.builder().store(store).port(server.port()).ui(false).build();
        ServerStartException e = assertThrows(ServerStartException.class, second::start);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains(Integer.toString(server.port())), e.getMessage());
    }

    @Test
    void builderRejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.builder().build());
        assertThrows(IllegalArgumentException.class,
                () -> NewsgraphServer.builder().store(store).datasetGraph(store.datasetGraph()).build());
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.builder().store(store).port(-1).build());
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.builder().store(store).port(70_000).build());
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.builder().store(store).host(" ").build());
        assertThrows(IllegalArgumentException.class,
                () -> NewsgraphServer.builder().store(store).queryTimeout(Duration.ZERO).build());
    }
}
