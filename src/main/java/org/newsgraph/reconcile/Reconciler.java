package org.newsgraph.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.WriteSession;

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
    /**
     * Groups computed ahead of the writer. Derived graphs are computed on all cores from the
     * committed documents, and written in ONE transaction (commits are slow on TDB2 and grow it).
     */
    private static final int CHUNK = 2048;
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
        if (groups.isEmpty()) {
            return 0;
        }
        ExecutorService readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (WriteSession session = store.openWriteSession()) {
            int conflicts = 0;
            List<Node> ordered = new ArrayList<>(groups);
            for (int from = 0; from < ordered.size(); from += CHUNK) {
                List<Future<Derived>> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK))
                        .stream().map(group -> readers.submit(() -> derive(store, group))).toList();
                for (Future<Derived> derived : chunk) {
                    Derived d = await(derived);
                    session.put(d.entry().getKey(), d.entry().getValue());
                    conflicts += d.conflicts();
                }
            }
            session.commit();
            return conflicts;
        } finally {
            readers.shutdownNow();
        }
    }

    private static Derived await(Future<Derived> derived) {
        try {
            return derived.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while refreshing derived graphs", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A group's new derived graph (empty: remove it) under its name, and its number of conflicts. */
    private record Derived(Map.Entry<Node, Graph> entry, int conflicts) {
    }

    /**
     * Computes one group's derived graph in its own read transaction: groups are independent, so
     * {@link #refresh} computes them on all cores (readers run beside its open write transaction and
     * see the committed documents) and writes them from one thread.
     */
    private Derived derive(GraphStore store, Node group) {
        DatasetGraph dsg = store.datasetGraph();
        List<Conflict> conflicts = new ArrayList<>();
        Graph derived = Txn.calculateRead(dsg, () -> {
            GraphView view = new GraphView(dsg.getUnionGraph());
            List<ClaimRow> claims = ClaimRows.about(dsg, group);
            rules.forEach(r -> conflicts.addAll(r.find(claims, view)));
            return DerivedGraphWriter.write(conflicts, claims);
        });
        Node name = NodeFactory.createURI(DERIVED_NS + group.getURI().substring(Vocab.ID.length()));
        return new Derived(Map.entry(name, derived), conflicts.size());
    }
}
