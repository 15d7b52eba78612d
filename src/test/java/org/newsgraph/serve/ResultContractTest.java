package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * What a client can rely on from the query endpoint: a result cut at the row cap says so (header,
 * and a marker in SPARQL JSON), a result that fits does not, unsupported result types get 406,
 * and GET without a query answers with the service description.
 */
class ResultContractTest {
    private static final int TRIPLES = 30;
    private static final int MAX_ROWS = 10;
    private static final String ALL = "SELECT ?s ?o { ?s ?p ?o } ORDER BY ?o";

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
                    NodeFactory.createLiteralString(String.format("%03d", i)));
        }
        store.replaceGraph(Vocab.document("rows"), graph);
        server = NewsgraphServer.builder().store(store).port(0).ui(false).maxResults(MAX_ROWS).build().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    @Test
    void aCutJsonResultHasTheHeaderAndAMarkerAndExactlyMaxRows() throws Exception {
        HttpResponse<String> response = http.get(Http.query(ALL), "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals(Integer.toString(MAX_ROWS), response.headers().firstValue(RowCap.HEADER).orElse(""));
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertEquals(MAX_ROWS, json.path("results").path("bindings").size());
        assertTrue(json.path("newsgraph").path("truncated").asBoolean(), response.body());
        assertEquals(MAX_ROWS, json.path("newsgraph").path("maxResults").asInt());
        assertEquals("000", json.path("results").path("bindings").get(0).path("o").path("value").asText());
    }

    @Test
    void aCutCsvResultHasTheHeaderAndMaxRows() throws Exception {
        HttpResponse<String> response = http.get(Http.query(ALL), "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals(Integer.toString(MAX_ROWS), response.headers().firstValue(RowCap.HEADER).orElse(""));
        assertEquals(MAX_ROWS + 1, response.body().lines().count());
    }

    @Test
    void aResultThatFitsOrKeepsItsOwnLimitIsNotMarked() throws Exception {
        HttpResponse<String> exact = http.get(Http.query("SELECT ?s { ?s ?p ?o } LIMIT " + MAX_ROWS),
                "application/sparql-results+json");
        assertTrue(exact.headers().firstValue(RowCap.HEADER).isEmpty());
        assertFalse(exact.body().contains("\"newsgraph\""), exact.body());
        HttpResponse<String> few = http.get(Http.query("SELECT ?s { ?s ?p ?o FILTER (?o < \"005\") }"),
                "application/sparql-results+json");
        assertTrue(few.headers().firstValue(RowCap.HEADER).isEmpty());
        assertEquals(5, new ObjectMapper().readTree(few.body()).path("results").path("bindings").size());
    }

    @Test
    void unsupportedResultTypesGet406AndWildcardsStillWork() throws Exception {
        assertEquals(406, http.get(Http.query("SELECT * { ?s ?p ?o } LIMIT 1"), "image/png").statusCode());
        assertEquals(406, http.get(Http.query("ASK {}"), "image/png").statusCode());
        assertEquals(406, http.get(Http.query("CONSTRUCT WHERE { ?s ?p ?o }"), "application/sparql-results+json")
                .statusCode());
        HttpResponse<String> wildcard = http.get(Http.query("SELECT * { ?s ?p ?o } LIMIT 1"), "*/*");
        assertEquals(200, wildcard.statusCode());
        assertEquals(200, http.get(Http.query("CONSTRUCT WHERE { ?s ?p ?o }"), "text/turtle").statusCode());
    }

    @Test
    void getWithoutAQueryAnswersWithTheServiceDescription() throws Exception {
        HttpResponse<String> response = http.get(NewsgraphServer.DATASET + "/sparql", "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(response.body().contains(DatasetDescriptions.SD), response.body());
        assertTrue(response.body().contains(server.sparqlUrl()), response.body());
    }
}
