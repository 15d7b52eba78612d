package org.newsgraph.pipeline;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.reconcile.Reconciler;
import org.newsgraph.store.GraphStore;

/**
 * Removes documents from a store: the document's graph (its text, claims, and the entity
 * descriptions only it supported) goes in one transaction, then the derived graphs of the
 * entities it spoke of are recomputed, so conflicts that depended on it disappear.
 */
public final class DocumentRemover {
    private final Reconciler reconciler = new Reconciler();

    /** Removes the document with this id; false when the store has no such document. */
    public boolean remove(GraphStore store, String documentId) {
        Node name = Vocab.document(documentId);
        Set<Node> touched = new HashSet<>(Reconciler.touchedByStored(store, name));
        if (!store.removeGraph(name)) {
            return false;
        }
        reconciler.refresh(store, touched);
        return true;
    }
}
