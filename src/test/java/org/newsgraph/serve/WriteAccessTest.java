package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** Writes exist only with a password file, only on the protected dataset, and only for its users. */
class WriteAccessTest {
    private static final String ADMIN = NewsgraphServer.ADMIN_DATASET;
    private static final String UPDATE_TYPE = "application/sparql-update";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> \"zebraword\" } }";
    private static final String TEXT_SEARCH = "PREFIX text: <http://jena.apache.org/text#> "
            + "SELECT ?s { ?s text:query 'zebraword' }";

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static NewsgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        Path passwords = Files.writeString(dir.resolve("passwords"), "# writers\nalice: secret\n");
        server = NewsgraphServer.builder().store(store).port(0).ui(false).allowUpdates(passwords).build().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    @Test
    void anonymousAndWrongCredentialsChangeNothing() throws Exception {
        long before = store.quadCount();
        assertEquals(401, http.post(ADMIN + "/update", UPDATE_TYPE, INSERT).statusCode());
        int wrongPassword = http.postAs("alice", "wrong", ADMIN + "/update", UPDATE_TYPE, INSERT).statusCode();
        int unknownUser = http.postAs("mallory", "secret", ADMIN + "/update", UPDATE_TYPE, INSERT).statusCode();
        assertTrue(wrongPassword == 401 || wrongPassword == 403, "wrong password: " + wrongPassword);
        assertTrue(unknownUser == 401 || unknownUser == 403, "unknown user: " + unknownUser);
        HttpResponse<String> put = http.send(http.request(ADMIN + "/data?graph=urn:test:x")
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals(401, put.statusCode());
        assertEquals(401, http.get(ADMIN + "/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode());
        assertEquals(before, store.quadCount());
    }

    @Test
    void thePublicDatasetStaysReadOnly() throws Exception {
        long before = store.quadCount();
        List<String> paths = List.of(NewsgraphServer.DATASET + "/update", NewsgraphServer.DATASET + "/sparql",
                NewsgraphServer.DATASET);
        for (String path : paths) {
            int status = http.postAs("alice", "secret", path, UPDATE_TYPE, INSERT).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        assertEquals(before, store.quadCount());
    }

    @Test
    void aUserWritesAndTheTextIndexFollows() throws Exception {
        HttpResponse<String> insert = http.postAs("alice", "secret", ADMIN + "/update", UPDATE_TYPE, INSERT);
        assertEquals(204, insert.statusCode(), insert.body());
        assertEquals(List.of("s", "urn:test:a"), http.get(Http.query(TEXT_SEARCH), "text/csv").body().lines().toList());
        String delete = "DROP GRAPH <urn:test:g>";
        assertEquals(204, http.postAs("alice", "secret", ADMIN + "/update", UPDATE_TYPE, delete).statusCode());
        assertEquals(List.of("s"), http.get(Http.query(TEXT_SEARCH), "text/csv").body().lines().toList());
    }

    @Test
    void withoutAPasswordFileThereIsNoWriteEndpoint(@TempDir Path other) throws Exception {
        try (GraphStore plain = GraphStore.open(other.resolve("tdb2"))) {
            NewsgraphServer readOnly = NewsgraphServer.builder().store(plain).port(0).ui(false).build().start();
            try {
                Http client = new Http(readOnly.baseUrl());
                assertEquals(404, client.postAs("alice", "secret", ADMIN + "/update", UPDATE_TYPE, INSERT).statusCode());
                String graph = URLEncoder.encode("urn:test:x", StandardCharsets.UTF_8);
                assertEquals(404, client.post(ADMIN + "/data?graph=" + graph, "text/turtle", "<urn:a> <urn:b> <urn:c> .")
                        .statusCode());
                assertEquals(0, plain.quadCount());
            } finally {
                readOnly.stop();
            }
        }
    }

    @Test
    void aPasswordFileWithoutUsersIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty-passwords"), "# nobody\n");
        assertThrows(IllegalArgumentException.class,
                () -> NewsgraphServer.builder().store(store).port(0).ui(false).allowUpdates(empty).build());
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.builder().store(store).port(0).ui(false)
                .allowUpdates(dir.resolve("missing")).build());
    }
}
