package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Namespaces;

/**
 * What the server says about one entity, looked up with the Jena API in the union of all graphs
 * (no query text is built): the entity's own triples, the triples that point at it, the claims
 * about it with their evidence sentence and source document, the conflicts and supports (derived
 * graphs) about it, and the labels and types of every neighbour. In: a dataset (inside a read transaction) and an entity node; out: a new graph, or
 * empty when the entity is not the subject of any triple.
 */
final class EntityDescription {
    /** The most claims described for one entity (the page of a very common entity stays small). */
    static final int MAX_CLAIMS = 500;
    private static final Node CLAIM = Vocab.ng("Claim");
    private static final Node SENTENCE = Vocab.ng("sentence");
    private static final Node ANCHOR = Vocab.nif("anchorOf");
    private static final Node DERIVED_FROM = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");
    private static final List<Node> DOCUMENT_FACTS = List.of(RDFS.label.asNode(), Vocab.ng("title"),
            Vocab.ng("publicationDate"), Vocab.ng("publisher"), Vocab.ng("sourceFile"),
            NodeFactory.createURI(Vocab.SCHEMA + "url"));
    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());
    private static final List<Node> RECORDS = List.of(Vocab.ng("Conflict"), Vocab.ng("Support"));

    private final Graph union;
    private final Graph out = GraphFactory.createDefaultGraph();
    private final Set<Node> neighbours = new LinkedHashSet<>();
    private int claims;

    private EntityDescription(Graph union) {
        this.union = union;
        out.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
    }

    /** The description of {@code entity}, or empty when no triple has it as subject. */
    static Optional<Graph> describe(DatasetGraph dataset, Node entity) {
        Graph union = dataset.getUnionGraph();
        if (!union.contains(entity, Node.ANY, Node.ANY)) {
            return Optional.empty();
        }
        EntityDescription description = new EntityDescription(union);
        description.collect(entity);
        return Optional.of(description.out);
    }

    private void collect(Node entity) {
        union.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            neighbours.add(t.getPredicate());
            neighbours.add(t.getObject());
        });
        for (Triple t : union.find(Node.ANY, Node.ANY, entity).toList()) {
            out.add(t);
            neighbours.add(t.getPredicate());
            if (union.contains(t.getSubject(), RDF.type.asNode(), CLAIM)) {
                addClaim(t.getSubject());
            } else if (isRecord(t.getSubject())) {
                copyAll(t.getSubject());
            } else {
                neighbours.add(t.getSubject());
            }
        }
        for (Node neighbour : new ArrayList<>(neighbours)) {
            addNames(neighbour);
        }
    }

    private void addClaim(Node claim) {
        if (claims >= MAX_CLAIMS || out.contains(claim, RDF.type.asNode(), CLAIM)) {
            return;
        }
        claims++;
        copyAll(claim);
        union.find(claim, SENTENCE, Node.ANY).forEachRemaining(s ->
                copy(s.getObject(), ANCHOR));
        union.find(claim, DERIVED_FROM, Node.ANY).forEachRemaining(d ->
                DOCUMENT_FACTS.forEach(p -> copy(d.getObject(), p)));
    }

    /** Conflicts and supports (derived graphs) about the entity are described in full. */
    private boolean isRecord(Node node) {
        return RECORDS.stream().anyMatch(type -> union.contains(node, RDF.type.asNode(), type));
    }

    private void copyAll(Node node) {
        union.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            neighbours.add(t.getPredicate());
            neighbours.add(t.getObject());
        });
    }

    private void addNames(Node node) {
        if (node.isLiteral()) {
            return;
        }
        NAMES.forEach(p -> copy(node, p));
        if (node.isURI() && node.getURI().startsWith(Vocab.ID)) {
            copy(node, RDF.type.asNode());
        }
    }

    private void copy(Node subject, Node predicate) {
        union.find(subject, predicate, Node.ANY).forEachRemaining(out::add);
    }
}
