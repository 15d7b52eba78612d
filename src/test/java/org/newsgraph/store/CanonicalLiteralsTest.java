package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Non-canonical numbers neither break "unchanged" nor survive a replacement. */
class CanonicalLiteralsTest {
    @TempDir
    Path dir;

    private static Graph withDecimal(String lexical) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:x"), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
        return g;
    }

    @Test
    void replacingAGraphWithNonCanonicalDecimalsLeavesOnlyTheNewValue() {
        Node name = NodeFactory.createURI("https://w3id.org/newsgraph/doc/x");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            assertEquals(PutResult.ADDED, store.replaceGraph(name, withDecimal("0.900")));
            assertEquals(PutResult.UNCHANGED, store.replaceGraph(name, withDecimal("0.900")));
            assertEquals(PutResult.REPLACED, store.replaceGraph(name, withDecimal("0.990")));
            assertEquals(1, store.quadCount());
        }
    }
}
