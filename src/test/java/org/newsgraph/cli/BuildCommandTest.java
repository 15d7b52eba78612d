package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliFixture.Run;

/** {@code build} wires the pipeline to the store, reports problems and sets the exit code. */
class BuildCommandTest {
    private static final String ARTICLE = """
            Example Labs releases Nimbus 2 video model

            SAN FRANCISCO, March 3, 2026 - Example Labs on Tuesday released Nimbus 2, a video \
            generation model that it said tops rival systems on public leaderboards.
            """;

    @TempDir
    Path dir;
    private String db;
    private Path article;

    @BeforeEach
    void article() throws Exception {
        db = dir.resolve("tdb2").toString();
        article = dir.resolve("articles").resolve("nimbus.txt");
        Files.createDirectories(article.getParent());
        Files.writeString(article, ARTICLE);
    }

    @Test
    void buildStoresAnArticleAndRebuildingChangesNothing() {
        Run first = CliFixture.run("build", "--db", db, article.getParent().toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("newsgraph: 1 documents read: 1 added"), first.out());

        Run second = CliFixture.run("build", "--db", db, article.toString());
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertTrue(second.out().contains("1 unchanged"), second.out());
    }

    @Test
    void rejectedInputsGiveExitThreeAndTheRestIsStored() {
        Path missing = dir.resolve("missing.txt");
        Run run = CliFixture.run("build", "--db", db, missing.toString(), article.toString());
        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.err());
        assertTrue(run.err().contains("missing.txt"), run.err());
        assertTrue(run.out().contains("1 added"), run.out());
    }

    @Test
    void strictStopsAtTheFirstProblem() {
        Path missing = dir.resolve("missing.txt");
        Run run = CliFixture.run("build", "--db", db, "--strict", missing.toString(), article.toString());
        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.err());
        assertTrue(run.err().contains("--strict"), run.err());
        assertEquals("", run.out(), "no summary after a strict stop");
    }
}
