package org.newsgraph.serve;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * A server on port 0 over the {@link PageFixture} store, started once for a test class and
 * stopped after it; subclasses ask it for pages through {@link #http}.
 */
abstract class PageServerTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static NewsgraphServer server;
    static Http http;

    @BeforeAll
    static void startServer() {
        store = PageFixture.store(dir);
        server = NewsgraphServer.builder().store(store).port(0).ui(false).build().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }
}
