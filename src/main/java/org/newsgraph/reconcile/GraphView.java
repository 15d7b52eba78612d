package org.newsgraph.reconcile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Vocab;

/**
 * Read access to the merged graph (all documents and the ontology) for the conflict rules. Must
 * be used inside a read transaction of the store the graph comes from.
 */
public final class GraphView {
    private static final Node SUB_ORG = Vocab.ng("subOrganizationOf");
    private static final Node OWNED_BY = Vocab.ng("ownedBy");
    private static final Node INCOMPATIBLE = Vocab.ng("incompatibleWith");
    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private final Graph union;

    public GraphView(Graph union) {
        this.union = union;
    }

    /** Whether one organization belongs to (or is owned by) the other, directly or not, or they are the same. */
    public boolean related(Node a, Node b) {
        return a.equals(b) || ancestors(a).contains(b) || ancestors(b).contains(a);
    }

    /** Whether some organization holds both, directly or not (two labs of one group). */
    public boolean shareParent(Node a, Node b) {
        Set<Node> above = ancestors(a);
        return ancestors(b).stream().anyMatch(above::contains);
    }

    private Set<Node> ancestors(Node start) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Node p : new Node[] {SUB_ORG, OWNED_BY}) {
                union.find(n, p, Node.ANY).forEachRemaining(t -> {
                    if (seen.add(t.getObject())) {
                        todo.add(t.getObject());
                    }
                });
            }
        }
        return seen;
    }

    /** Whether the ontology says the two availability concepts cannot hold at once. */
    public boolean incompatible(Node a, Node b) {
        return union.contains(a, INCOMPATIBLE, b) || union.contains(b, INCOMPATIBLE, a);
    }

    /** The model family of an entity ({@code ng:versionOf}), or the entity itself. */
    public Node familyOf(Node entity) {
        return union.find(entity, Vocab.ng("versionOf"), Node.ANY).nextOptional()
                .map(Triple::getObject).orElse(entity);
    }

    /** A value of {@code property} on {@code node}, if any. */
    public Optional<Node> value(Node node, Node property) {
        return union.find(node, property, Node.ANY).nextOptional().map(Triple::getObject);
    }

    /** A readable name: the English label, any label, the SKOS label, or the IRI's last segment. */
    public String label(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        String any = null;
        for (Triple t : union.find(node, RDFS.label.asNode(), Node.ANY).toList()) {
            if ("en".equals(t.getObject().getLiteralLanguage())) {
                return t.getObject().getLiteralLexicalForm();
            }
            any = any == null ? t.getObject().getLiteralLexicalForm() : any;
        }
        if (any != null) {
            return any;
        }
        String fallback = node.isURI() ? node.getURI().replaceAll(".*[/#]", "") : node.toString();
        return value(node, PREF_LABEL).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .orElse(fallback);
    }
}
