package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.StoreQueries;
import org.newsgraph.store.GraphStore;

/** Building again changes nothing; a changed file replaces its graph; reading order does not matter. */
class RebuildTest {
    @TempDir
    Path dir;

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void buildingTheSameInputsAgainLeavesTheStoreUnchanged() throws IOException {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            GraphBuilder builder = GraphBuilder.create(Path.of(""));
            BuildSummary first = builder.build(seedFiles(), store, new CollectingReporter());
            long quads = store.quadCount();
            BuildSummary second = builder.build(seedFiles(), store, new CollectingReporter());
            assertEquals(5, second.unchanged());
            assertEquals(0, second.added() + second.replaced());
            assertEquals(0, second.quads(), "nothing written the second time");
            assertTrue(first.quads() > 0);
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void aChangedFileReplacesExactlyItsOwnGraph() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        for (Path seed : seedFiles()) {
            Files.copy(seed, inputs.resolve(seed.getFileName()));
        }
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            GraphBuilder builder = GraphBuilder.create(Path.of(""));
            builder.build(List.of(inputs), store, new CollectingReporter());
            Graph before = graph(store, "000_e726401e0f66c96d");
            Path changed = inputs.resolve("004_13bdbbd430e7b177.txt");
            Files.writeString(changed, Files.readString(changed).replace("closed beta", "open beta"));
            BuildSummary again = builder.build(List.of(inputs), store, new CollectingReporter());
            assertEquals(1, again.replaced());
            assertEquals(4, again.unchanged());
            assertTrue(before.isIsomorphicWith(graph(store, "000_e726401e0f66c96d")));
            assertFalse(StoreQueries.ask(store, "?c ng:object ng:ClosedBeta ; prov:wasDerivedFrom "
                    + "doc:004_13bdbbd430e7b177"));
            assertTrue(StoreQueries.ask(store, "?c ng:object ng:Beta ; prov:wasDerivedFrom "
                    + "doc:004_13bdbbd430e7b177"));
        }
    }

    @Test
    void readingTheSeedsBackwardsGivesTheSameGraphs() throws IOException {
        List<Path> backwards = new ArrayList<>(seedFiles());
        Collections.reverse(backwards);
        GraphBuilder builder = GraphBuilder.create(Path.of(""));
        try (GraphStore forward = GraphStore.open(dir.resolve("f"));
             GraphStore backward = GraphStore.open(dir.resolve("b"))) {
            builder.build(seedFiles(), forward, new CollectingReporter());
            builder.build(backwards, backward, new CollectingReporter());
            assertEquals(forward.graphNames(), backward.graphNames());
            for (String name : forward.graphNames()) {
                assertTrue(graphNamed(forward, name).isIsomorphicWith(graphNamed(backward, name)), name);
            }
        }
    }

    private static Graph graph(GraphStore store, String docId) {
        return graphNamed(store, "https://w3id.org/newsgraph/doc/" + docId);
    }

    private static Graph graphNamed(GraphStore store, String name) {
        return Txn.calculateRead(store.datasetGraph(),
                () -> copy(store.datasetGraph().getGraph(NodeFactory.createURI(name))));
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
