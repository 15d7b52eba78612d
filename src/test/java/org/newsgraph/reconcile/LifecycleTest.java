package org.newsgraph.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.DocumentRemover;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.store.GraphStore;
import static org.newsgraph.StoreQueries.ask;

/**
 * Disagreement, corroboration and the document lifecycle on the seeds: the HappyHorse
 * availability conflict links the claims of every side and overwrites nothing; facts stated by
 * two documents are surer than facts stated once; removing a document takes its claims, the
 * conflicts that needed it and the entities only it named; adding it back restores the store.
 */
class LifecycleTest {
    private static final String CLOSED_BETA_DOC = "004_13bdbbd430e7b177";
    @TempDir
    Path dir;

    private GraphStore seeded(String name) {
        GraphStore store = GraphStore.open(dir.resolve(name));
        GraphBuilder.create(Path.of("")).build(List.of(Path.of("seeds")), store, new CollectingReporter());
        return store;
    }

    @Test
    void theSeedsShowTheHappyHorseAvailabilityConflictWithEverySide() {
        try (GraphStore store = seeded("db")) {
            assertTrue(ask(store, "?x a ng:Conflict ; ng:conflictKind \"availability\" ; ng:about id:happyhorse ; "
                    + "ng:conflictingClaim ?a, ?b . ?a ng:object ng:ClosedBeta ; prov:wasDerivedFrom doc:" + CLOSED_BETA_DOC
                    + " . ?b ng:object ng:FreeTier ; prov:wasDerivedFrom doc:000_e726401e0f66c96d"));
            assertTrue(ask(store, "?x a ng:Conflict ; ng:conflictingClaim ?a, ?b . ?a ng:object ng:ClosedBeta . "
                    + "?b ng:object ng:OpenWeights ; prov:wasDerivedFrom doc:002_2c3ab297c30c0755"));
            assertTrue(ask(store, "id:happyhorse ng:availability ng:ClosedBeta, ng:FreeTier "), "nothing is overwritten");
        }
    }

    @Test
    void aFactFromTwoDocumentsIsSurerThanTheSameRuleFiringOnce() {
        try (GraphStore store = seeded("db")) {
            assertTrue(ask(store, "?twice rdf:subject id:happyhorse ; rdf:predicate ng:developedBy ; "
                    + "rdf:object id:alibaba-group ; ng:sourceCount 2 ; ng:combinedConfidence ?c2 . "
                    + "?once rdf:subject id:qwen-team ; rdf:predicate ng:subOrganizationOf ; ng:sourceCount 1 ; "
                    + "ng:combinedConfidence ?c1 . FILTER (?c2 > ?c1)"));
        }
    }

    @Test
    void removingADocumentTakesItsClaimsConflictsAndOrphanEntities() {
        try (GraphStore store = seeded("db")) {
            assertTrue(ask(store, "id:zheng-bo a ng:Person"));
            assertTrue(new DocumentRemover().remove(store, CLOSED_BETA_DOC));
            assertFalse(ask(store, "?c prov:wasDerivedFrom doc:" + CLOSED_BETA_DOC));
            assertFalse(ask(store, "?x ng:conflictingClaim ?c . ?c ng:object ng:ClosedBeta"));
            assertTrue(ask(store, "?x a ng:Conflict ; ng:about id:happyhorse"), "beta (001) vs open weights (002) remains");
            assertFalse(ask(store, "id:zheng-bo ?p ?o"), "only the removed document named Zheng Bo");
            assertTrue(ask(store, "id:alibaba-group a ng:Organization"), "still named by other documents");
            assertFalse(new DocumentRemover().remove(store, CLOSED_BETA_DOC));
        }
    }

    @Test
    void addingTheRemovedDocumentBackGivesTheSameStore() throws IOException {
        try (GraphStore whole = seeded("whole"); GraphStore store = seeded("again")) {
            new DocumentRemover().remove(store, CLOSED_BETA_DOC);
            GraphBuilder.create(Path.of("")).build(List.of(Path.of("seeds", CLOSED_BETA_DOC + ".txt")), store,
                    new CollectingReporter());
            Map<String, Graph> expected = graphs(whole);
            Map<String, Graph> actual = graphs(store);
            assertEquals(expected.keySet(), actual.keySet());
            expected.forEach((name, g) -> assertTrue(g.isIsomorphicWith(actual.get(name)), name));
        }
    }

    private static Map<String, Graph> graphs(GraphStore store) {
        Map<String, Graph> out = new TreeMap<>();
        Txn.executeRead(store.datasetGraph(), () -> {
            for (String name : store.graphNames()) {
                Graph copy = GraphFactory.createDefaultGraph();
                store.datasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
                out.put(name, copy);
            }
        });
        return out;
    }
}
