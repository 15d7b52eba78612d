package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** A store held by one process cannot be opened by another: one line on stderr, exit 1. */
class LockedStoreTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessGetsAOneLineError() throws Exception {
        Path db = CliFixture.smallStore(dir.resolve("tdb2"));
        try (GraphStore held = GraphStore.openExisting(db)) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "query", "--db", db.toString(), "ASK {}")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the second process ends");
            List<String> errLines = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
            assertEquals(ExitCodes.FAILURE, process.exitValue(), String.join("\n", errLines));
            assertEquals(1, errLines.size(), String.join("\n", errLines));
            assertTrue(errLines.get(0).contains("in use by another process"), errLines.get(0));
            assertFalse(held.graphNames().isEmpty(), "the holder still works");
        }
    }
}
