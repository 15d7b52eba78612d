package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line side of the endpoint work: text search in {@code query}, CSV export, serve options. */
class EndpointCommandsTest {
    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void store() {
        db = CliFixture.smallStore(dir.resolve("tdb2"));
    }

    @Test
    void textSearchWorksInQuery() {
        CliFixture.Run run = CliFixture.run("query", "--db", db.toString(), "--format", "csv",
                "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query 'seedance' }");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("s", "https://w3id.org/newsgraph/id/seedance"), run.out().lines().toList());
    }

    @Test
    void exportCsvWritesTheClaimTableHeader() {
        CliFixture.Run run = CliFixture.run("export", "--db", db.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("claim,subject,subjectLabel,predicate,"), run.out());
    }

    @Test
    void allowUpdateNeedsAPasswordFileAndTheOtherWayRound() {
        CliFixture.Run noFile = CliFixture.run("serve", "--db", db.toString(), "--allow-update");
        assertEquals(ExitCodes.USAGE, noFile.exitCode());
        assertTrue(noFile.err().contains("--password-file"), noFile.err());
        CliFixture.Run noFlag = CliFixture.run("serve", "--db", db.toString(), "--password-file", "x");
        assertEquals(ExitCodes.USAGE, noFlag.exitCode());
        CliFixture.Run badCap = CliFixture.run("serve", "--db", db.toString(), "--max-results", "0");
        assertEquals(ExitCodes.USAGE, badCap.exitCode());
    }
}
