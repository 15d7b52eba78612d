package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * CORS: by default any origin may read without credentials; with a named origin only that origin
 * gets CORS headers, with credentials; the row-cap header is readable by scripts.
 */
class CorsTest {
    private static final String NOTEBOOK = "https://notebook.example";
    private static final String ASK = Http.query("ASK {}");

    @TempDir
    Path dir;

    private HttpResponse<String> get(NewsgraphServer server, String origin) throws Exception {
        Http http = new Http(server.baseUrl());
        return http.send(http.request(ASK).header("Origin", origin).header("Accept", "text/csv").GET());
    }

    private HttpResponse<String> preflight(NewsgraphServer server, String origin) throws Exception {
        Http http = new Http(server.baseUrl());
        return http.send(http.request(NewsgraphServer.DATASET + "/sparql").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void anyOriginReadsWithoutCredentialsByDefault() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).ui(false).build().start();
            try {
                HttpResponse<String> response = get(server, "https://elsewhere.example");
                assertEquals(200, response.statusCode());
                assertEquals("https://elsewhere.example", header(response, "Access-Control-Allow-Origin"));
                assertEquals("", header(response, "Access-Control-Allow-Credentials"));
                assertTrue(header(response, "Access-Control-Expose-Headers").contains(RowCap.HEADER));
                HttpResponse<String> withAuthorization = preflight(server, "https://elsewhere.example");
                assertEquals("", header(withAuthorization, "Access-Control-Allow-Credentials"));
                assertEquals("", header(withAuthorization, "Access-Control-Allow-Origin"),
                        "no Authorization header from other origins");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aNamedOriginGetsCredentialsAndOthersGetNothing() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).ui(false)
                    .corsOrigin(NOTEBOOK).build().start();
            try {
                HttpResponse<String> named = get(server, NOTEBOOK);
                assertEquals(NOTEBOOK, header(named, "Access-Control-Allow-Origin"));
                assertEquals("true", header(named, "Access-Control-Allow-Credentials"));
                assertEquals(NOTEBOOK, header(preflight(server, NOTEBOOK), "Access-Control-Allow-Origin"));
                HttpResponse<String> other = get(server, "https://elsewhere.example");
                assertEquals(200, other.statusCode());
                assertEquals("", header(other, "Access-Control-Allow-Origin"));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aMalformedOriginIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> NewsgraphServer.builder().datasetGraph(org.apache.jena.sparql.core.DatasetGraphFactory
                        .createTxnMem()).corsOrigin("https://notebook.example/path").build());
        assertThrows(IllegalArgumentException.class,
                () -> NewsgraphServer.builder().datasetGraph(org.apache.jena.sparql.core.DatasetGraphFactory
                        .createTxnMem()).corsOrigin("*").build());
    }
}
