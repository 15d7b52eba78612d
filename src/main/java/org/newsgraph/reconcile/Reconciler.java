package org.newsgraph.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/**
 * Keeps the derived graphs consistent with the documents: for each entity touched by a build or a
 * removal, re-reads every claim about it (and about its versions, for a model family) from all
 * documents, finds conflicts and corroboration, and stores them in the named graph
 * {@code https://w3id.org/newsgraph/derived/{key}} (removed when nothing is left). Nothing a
 * document says is changed or dropped.
 */
public final class Reconciler {
    /** Namespace of the derived named graphs. */
    public static final String DERIVED_NS = "https://w3id.org/newsgraph/derived/";
    private static final Node SUBJECT = Vocab.ng("subject");
    private static final Node OBJECT = Vocab.ng("object");
    private static final Node PREDICATE = Vocab.ng("predicate");
    /** Derived graphs written per transaction: every commit syncs the disk, so one per group is slow. */
    private static final int WRITE_BATCH = 256;
    private final List<ConflictRule> rules = List.of(new AvailabilityConflicts(),
            new DeveloperConflicts(), new RankingConflicts(), new DateConflicts());

    /** The entities a document graph makes claims about, and the families of its model versions. */
    public static Set<Node> touchedBy(Graph documentGraph) {
        Set<Node> out = new TreeSet<>(Nodes.ORDER);
        for (Triple t : documentGraph.find(Node.ANY, SUBJECT, Node.ANY).toList()) {
            out.add(t.getObject());
            boolean versionClaim = documentGraph.contains(t.getSubject(), PREDICATE, Vocab.ng("versionOf"));
            if (versionClaim) {
                documentGraph.find(t.getSubject(), OBJECT, Node.ANY).forEachRemaining(o -> out.add(o.getObject()));
            }
        }
        out.removeIf(n -> !n.isURI() || !n.getURI().startsWith(Vocab.ID));
        return out;
    }

    /** What the stored graph {@code graphName} touches (empty when there is no such graph). */
    public static Set<Node> touchedByStored(GraphStore store, Node graphName) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> touchedBy(dsg.getGraph(graphName)));
    }

    /** Recomputes the derived graphs of these entities; returns how many conflicts they now hold. */
    public int refresh(GraphStore store, Collection<Node> entities) {
        Set<Node> groups = new TreeSet<>(Nodes.ORDER);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            GraphView view = new GraphView(dsg.getUnionGraph());
            entities.forEach(e -> groups.add(view.familyOf(e)));
        });
        int conflicts = 0;
        List<Map.Entry<Node, Graph>> batch = new ArrayList<>();
        for (Node group : groups) {
            conflicts += refreshGroup(store, group, batch);
            if (batch.size() >= WRITE_BATCH) {
                store.replaceGraphs(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.replaceGraphs(batch);
        }
        return conflicts;
    }

    /** Adds the group's new derived graph to {@code batch} (an empty graph removes it); returns its conflicts. */
    private int refreshGroup(GraphStore store, Node group, List<Map.Entry<Node, Graph>> batch) {
        DatasetGraph dsg = store.datasetGraph();
        List<Conflict> conflicts = new ArrayList<>();
        Graph derived = Txn.calculateRead(dsg, () -> {
            GraphView view = new GraphView(dsg.getUnionGraph());
            List<ClaimRow> claims = ClaimRows.about(dsg, group);
            rules.forEach(r -> conflicts.addAll(r.find(claims, view)));
            return DerivedGraphWriter.write(conflicts, claims);
        });
        Node name = NodeFactory.createURI(DERIVED_NS + group.getURI().substring(Vocab.ID.length()));
        batch.add(Map.entry(name, derived));
        return conflicts.size();
    }
}
