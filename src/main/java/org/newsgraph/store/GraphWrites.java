package org.newsgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Replaces whole named graphs inside the caller's write transaction, keeping the text index in
 * step. In: a graph name and its complete new content; out: what happened ({@link PutResult}).
 * Shared by {@link GraphStore}'s one-call writes and {@link WriteSession}.
 */
final class GraphWrites {
    private final DatasetGraph dataset;
    private final DatasetGraph storage;
    private final TextIndex textIndex;

    /**
     * @param dataset the text-indexed view (deletes through it remove index entries)
     * @param storage the database under it (new quads go straight in)
     * @param textIndex the index behind the view
     */
    GraphWrites(DatasetGraph dataset, DatasetGraph storage, TextIndex textIndex) {
        this.dataset = dataset;
        this.storage = storage;
        this.textIndex = textIndex;
    }

    /** Replaces one graph unless it holds the same content already. */
    PutResult put(Node graphName, Graph given) {
        requireGraphName(graphName);
        Objects.requireNonNull(given, "graph");
        Graph graph = CanonicalLiterals.of(given);
        boolean exists = dataset.containsGraph(graphName);
        if (exists && sameContent(dataset.getGraph(graphName), graph)) {
            return PutResult.UNCHANGED;
        }
        dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> addNew(Quad.create(graphName, t)));
        return exists ? PutResult.REPLACED : PutResult.ADDED;
    }

    /** Deletes one graph; returns whether it existed. */
    boolean remove(Node graphName) {
        requireGraphName(graphName);
        if (!dataset.containsGraph(graphName)) {
            return false;
        }
        dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
        return true;
    }

    /**
     * Adds a quad known to be absent (its graph was just emptied): straight into the database and
     * the text index. Adding through the text-indexed view would first look every quad up to see
     * whether it is new, which costs about a sixth of a build's write time.
     */
    private void addNew(Quad quad) {
        storage.add(quad);
        Entity entity = TextQueryFuncs.entityFromQuad(textIndex.getDocDef(), quad);
        if (entity != null) {
            textIndex.addEntity(entity);
        }
    }

    private static boolean sameContent(Graph stored, Graph graph) {
        return stored.size() == graph.size() && stored.isIsomorphicWith(graph);
    }

    static void requireGraphName(Node graphName) {
        Objects.requireNonNull(graphName, "graphName");
        if (!graphName.isURI()) {
            throw new IllegalArgumentException("a graph name must be an IRI: " + graphName);
        }
    }
}
