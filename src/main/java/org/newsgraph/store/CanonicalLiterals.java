package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Rewrites literals into their canonical lexical form before they are stored. TDB2 keeps numbers
 * and dates by value, so "0.900"^^xsd:decimal comes back as "0.9": without this, a stored graph
 * never looks identical to the graph it was written from, and deleting it can leave such terms
 * behind (seen with Jena 5.6.0).
 */
final class CanonicalLiterals {
    private CanonicalLiterals() { }

    /** The graph with every literal object in canonical form (the same graph when none changes). */
    static Graph of(Graph graph) {
        CanonicalizeLiteral canon = CanonicalizeLiteral.get();
        boolean changes = graph.find().filterKeep(t -> t.getObject().isLiteral()
                && !canon.apply(t.getObject()).equals(t.getObject())).hasNext();
        if (!changes) {
            return graph;
        }
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(Triple.create(t.getSubject(), t.getPredicate(),
                canonical(canon, t.getObject()))));
        return out;
    }

    private static Node canonical(CanonicalizeLiteral canon, Node n) {
        return n.isLiteral() ? canon.apply(n) : n;
    }
}
