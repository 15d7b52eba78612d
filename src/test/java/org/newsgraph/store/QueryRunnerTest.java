package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {
    private static final String PREFIX = "PREFIX ng: <" + TestGraphs.NG + "> ";

    @TempDir
    static Path dir;
    private static GraphStore store;

    @BeforeAll
    static void fill() {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.replaceGraph(TestGraphs.doc("a"), TestGraphs.documentA());
        store.replaceGraph(TestGraphs.doc("b"), TestGraphs.documentB());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String run(String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableAbbreviatesWithNewsgraphPrefixes() {
        String table = run(PREFIX + "SELECT ?m { ?m a ng:Model } ORDER BY ?m", ResultFormat.TABLE);
        assertTrue(table.contains("id:happyhorse") && table.contains("id:seedance"), table);
    }

    @Test
    void selectSeesAllDocumentsWithoutAGraphClause() {
        String csv = run(PREFIX + "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?m ng:developedBy ?o }", ResultFormat.CSV);
        assertEquals("n\r\n2\r\n", csv);
    }

    @Test
    void askGivesTsvBoolean() {
        assertTrue(run(PREFIX + "ASK { ?m ng:rank 1 }", ResultFormat.TSV).contains("true"));
    }

    @Test
    void prefixesMustBeDeclaredAsOnTheServer() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> run("SELECT * { ?m a ng:Model }", ResultFormat.TABLE));
        assertTrue(e.getMessage().startsWith("bad SPARQL: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void updatesAreNotQueries() {
        assertThrows(InvalidQueryException.class,
                () -> run("INSERT DATA { <urn:a> <urn:b> <urn:c> }", ResultFormat.TABLE));
    }
}
