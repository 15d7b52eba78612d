package org.newsgraph.pipeline;

import java.util.AbstractMap.SimpleEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/**
 * Makes the end-of-build refresh of derived graphs crash-safe. Every write of documents also
 * writes, in the same transaction, a small named graph under {@value #NAMESPACE} listing the
 * entities those documents touch; the graphs are deleted once the refresh is done. A build that
 * finds such graphs (left by a build that was killed) refreshes their entities too, so the derived
 * graphs end up as an uninterrupted build would leave them. In: touched entities; out: graphs.
 */
final class PendingRefresh {
    /** The namespace of the pending-refresh graphs. */
    static final String NAMESPACE = "https://w3id.org/newsgraph/pending/";
    private static final Node REFRESH = Vocab.ng("pendingRefresh");

    private final String build = UUID.randomUUID().toString();
    private int written;

    /** The graph to store with a batch of documents: the entities they touch. */
    Map.Entry<Node, Graph> entry(Set<Node> touched) {
        Node name = NodeFactory.createURI(NAMESPACE + build + "/" + written++);
        Graph graph = GraphFactory.createDefaultGraph();
        touched.forEach(entity -> graph.add(name, REFRESH, entity));
        return new SimpleEntry<>(name, graph);
    }

    /** The entities listed by every pending-refresh graph in the store. */
    static Set<Node> stored(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Node> entities = new HashSet<>();
            dsg.findNG(Node.ANY, Node.ANY, REFRESH, Node.ANY).forEachRemaining(q -> entities.add(q.getObject()));
            return entities;
        });
    }

    /** Deletes every pending-refresh graph (in one transaction). */
    static void clear(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        List<Node> names = Txn.calculateRead(dsg, () -> names(dsg));
        if (!names.isEmpty()) {
            store.replaceGraphs(names.stream()
                    .<Map.Entry<Node, Graph>>map(n -> new SimpleEntry<>(n, GraphFactory.createDefaultGraph())).toList());
        }
    }

    /** The pending-refresh graphs, found through their one predicate (no scan of all graph names). */
    private static List<Node> names(DatasetGraph dsg) {
        return Iter.toList(dsg.findNG(Node.ANY, Node.ANY, REFRESH, Node.ANY)).stream()
                .map(q -> q.getGraph()).filter(n -> n.isURI() && n.getURI().startsWith(NAMESPACE))
                .distinct().toList();
    }
}
