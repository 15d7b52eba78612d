package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Vocab;

class GraphStoreTest {
    @TempDir
    Path dir;
    private GraphStore store;

    @BeforeEach
    void openStore() {
        store = GraphStore.open(dir.resolve("tdb2"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void newStoreIsEmpty() {
        assertFalse(store.hasGraphs());
        assertEquals(0, store.quadCount());
        assertEquals(List.of(), store.graphNames());
    }

    @Test
    void replaceGraphAddsThenLeavesUnchangedThenReplaces() {
        Graph a = TestGraphs.documentA();
        assertEquals(PutResult.ADDED, store.replaceGraph(TestGraphs.doc("a"), a));
        long quads = store.quadCount();
        assertEquals(a.size(), quads);

        assertEquals(PutResult.UNCHANGED, store.replaceGraph(TestGraphs.doc("a"), TestGraphs.documentA()));
        assertEquals(quads, store.quadCount(), "re-ingesting the same graph is idempotent");

        Graph b = TestGraphs.documentB();
        assertEquals(PutResult.REPLACED, store.replaceGraph(TestGraphs.doc("a"), b));
        assertEquals(b.size(), store.quadCount(), "the old content is gone");
        assertEquals(List.of(Vocab.DOC + "a"), store.graphNames());
    }

    @Test
    void removeGraphDeletesOnlyThatGraph() {
        store.replaceGraph(TestGraphs.doc("a"), TestGraphs.documentA());
        store.replaceGraph(TestGraphs.doc("b"), TestGraphs.documentB());
        assertEquals(2, store.documentCount());

        assertTrue(store.removeGraph(TestGraphs.doc("a")));
        assertFalse(store.removeGraph(TestGraphs.doc("a")));
        assertEquals(List.of(Vocab.DOC + "b"), store.graphNames());
        assertEquals(TestGraphs.documentB().size(), store.quadCount());
    }

    @Test
    void graphNameMustBeAnIri() {
        assertThrows(IllegalArgumentException.class,
                () -> store.replaceGraph(NodeFactory.createBlankNode(), TestGraphs.documentA()));
    }

    @Test
    void defaultGraphOfQueriesIsTheUnionOfNamedGraphs() {
        store.replaceGraph(TestGraphs.doc("a"), TestGraphs.documentA());
        store.replaceGraph(TestGraphs.doc("b"), TestGraphs.documentB());
        DatasetGraph dsg = store.datasetGraph();
        String query = "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a <" + TestGraphs.NG + "Model> }";
        long models = Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(2, models);
    }

    @Test
    void storeSurvivesReopening() {
        store.replaceGraph(TestGraphs.doc("a"), TestGraphs.documentA());
        long quads = store.quadCount();
        store.close();
        store = GraphStore.openExisting(dir.resolve("tdb2"));
        assertEquals(quads, store.quadCount());
    }

    @Test
    void openExistingRefusesAMissingStore() {
        StoreException e = assertThrows(StoreException.class,
                () -> GraphStore.openExisting(dir.resolve("nothing-here")));
        assertTrue(e.getMessage().contains("no store"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("nothing-here")), "nothing was created");
    }

    @Test
    void closedStoreRefusesWork() {
        store.close();
        assertThrows(StoreException.class, () -> store.quadCount());
    }

    @Test
    void quadExportsReparseToTheSameQuads() {
        fill();
        for (ExportFormat format : List.of(ExportFormat.NQ, ExportFormat.TRIG)) {
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(exported(format)))
                    .lang(format == ExportFormat.NQ ? Lang.NQUADS : Lang.TRIG).parse(parsed);
            long quads = parsed.stream().count();
            assertEquals(store.quadCount(), quads, format.name());
            assertEquals(2, parsed.size(), format + " keeps both named graphs");
        }
    }

    @Test
    void graphExportsReparseToTheUnionGraph() {
        fill();
        long distinctTriples = union().size();
        for (ExportFormat format : List.of(ExportFormat.TTL, ExportFormat.JSONLD)) {
            Graph parsed = RDFParser.source(new ByteArrayInputStream(exported(format)))
                    .lang(format == ExportFormat.TTL ? Lang.TURTLE : Lang.JSONLD).toGraph();
            assertEquals(distinctTriples, parsed.size(), format.name());
        }
    }

    @Test
    void turtleExportUsesNewsgraphPrefixes() {
        fill();
        String ttl = new String(exported(ExportFormat.TTL), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("ng:Model"), ttl);
    }

    private void fill() {
        store.replaceGraph(TestGraphs.doc("a"), TestGraphs.documentA());
        store.replaceGraph(TestGraphs.doc("b"), TestGraphs.documentB());
    }

    /** The union computed independently: documentA + documentB minus the shared triples. */
    private static Graph union() {
        Graph union = TestGraphs.documentA();
        TestGraphs.documentB().find().forEachRemaining(union::add);
        return union;
    }

    private byte[] exported(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, format);
        return out.toByteArray();
    }
}
