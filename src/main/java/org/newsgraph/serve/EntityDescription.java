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
 * What the server says about one resource we mint (an entity, a document or a claim), looked up
 * with the Jena API in the union of all graphs (no query text is built): its own triples, the
 * triples that point at it, the claims about it (or derived from it, or itself) with their
 * evidence sentence and source document, the conflicts and supports about it, its claims and the
 * families it is a version or variant of, the content of ranking, measurement and role nodes it
 * links to, and the labels and types of every neighbour. In: a dataset (inside a read
 * transaction) and a node; out: a new graph, or empty when the node is not the subject of any triple.
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
    private static final List<Node> VALUES = List.of(Vocab.ng("Ranking"), Vocab.ng("Measurement"), Vocab.ng("Role"));
    private static final List<Node> PARENTS = List.of(Vocab.ng("versionOf"), Vocab.ng("variantOf"));
    private static final Node CONFLICTING = Vocab.ng("conflictingClaim");
    /** How many versionOf / variantOf steps up the family's disagreements are looked for. */
    private static final int FAMILY_DEPTH = 3;

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
        if (union.contains(entity, RDF.type.asNode(), CLAIM)) {
            addClaim(entity);
        }
        copyAll(entity);
        addFamilyConflicts(entity, FAMILY_DEPTH);
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
            if (isA(neighbour, VALUES)) {
                copyAll(neighbour);
            }
        }
        out.find(Node.ANY, CONFLICTING, Node.ANY).mapWith(Triple::getObject).toList().forEach(this::addClaimSource);
        for (Node neighbour : new ArrayList<>(neighbours)) {
            addNames(neighbour);
        }
    }

    /** The evidence text and source document of a claim named in a conflict. */
    private void addClaimSource(Node claim) {
        copy(claim, ANCHOR);
        union.find(claim, DERIVED_FROM, Node.ANY).forEachRemaining(d -> {
            out.add(d);
            DOCUMENT_FACTS.forEach(p -> copy(d.getObject(), p));
        });
    }

    /** The conflicts about the families {@code node} is a version or variant of, up to {@code depth} steps. */
    private void addFamilyConflicts(Node node, int depth) {
        if (depth == 0) {
            return;
        }
        for (Node parent : PARENTS) {
            for (Node family : union.find(node, parent, Node.ANY).mapWith(Triple::getObject).toList()) {
                union.find(Node.ANY, Vocab.ng("about"), family).mapWith(Triple::getSubject)
                        .filterKeep(this::isRecord).toList().forEach(this::copyAll);
                neighbours.add(family);
                addFamilyConflicts(family, depth - 1);
            }
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
        union.find(Node.ANY, CONFLICTING, claim).mapWith(Triple::getSubject).toList().forEach(this::copyAll);
    }

    /** Conflicts and supports (derived graphs) about the entity are described in full. */
    private boolean isRecord(Node node) {
        return isA(node, RECORDS);
    }

    private boolean isA(Node node, List<Node> types) {
        return types.stream().anyMatch(type -> union.contains(node, RDF.type.asNode(), type));
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
