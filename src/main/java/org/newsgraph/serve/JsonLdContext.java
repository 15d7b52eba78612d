package org.newsgraph.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Namespaces;

/**
 * A JSON-LD 1.1 context for the newsgraph vocabulary, made from the ontology graph: the prefixes,
 * one term per class ({@code "Model": "ng:Model"}), one per property, where object properties
 * take IRIs ({@code "@type": "@id"}) and datatype properties with one XSD range take that
 * datatype. In: the ontology graph; out: the JSON document {@code {"@context": {...}}}.
 */
final class JsonLdContext {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Node> CLASS_TYPES = Set.of(OWL.Class.asNode(), RDFS.Class.asNode());

    private JsonLdContext() {
    }

    /** The context document for the terms defined in {@code ontology}. */
    static String of(Graph ontology) {
        ObjectNode context = JSON.createObjectNode();
        new TreeMap<>(Namespaces.prefixes().getNsPrefixMap()).forEach(context::put);
        terms(ontology).forEach((name, definition) -> {
            if (definition instanceof String iri) {
                context.put(name, iri);
            } else {
                context.set(name, (ObjectNode) definition);
            }
        });
        ObjectNode document = JSON.createObjectNode();
        document.set("@context", context);
        return document.toPrettyString();
    }

    private static Map<String, Object> terms(Graph ontology) {
        Map<String, Object> terms = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node term = t.getSubject();
            if (!term.isURI() || !term.getURI().startsWith(Vocab.NG) || term.getURI().equals(Vocab.NG)) {
                return;
            }
            String name = term.getURI().substring(Vocab.NG.length());
            String compact = "ng:" + name;
            if (CLASS_TYPES.contains(t.getObject())) {
                terms.putIfAbsent(name, compact);
            } else if (t.getObject().equals(OWL.ObjectProperty.asNode())) {
                terms.put(name, JSON.createObjectNode().put("@id", compact).put("@type", "@id"));
            } else if (t.getObject().equals(OWL.DatatypeProperty.asNode())) {
                ObjectNode definition = JSON.createObjectNode().put("@id", compact);
                singleXsdRange(ontology, term).ifPresent(range -> definition.put("@type", range));
                terms.put(name, definition);
            } else if (t.getObject().equals(RDF.Property.asNode())
                    || t.getObject().equals(OWL.AnnotationProperty.asNode())) {
                terms.putIfAbsent(name, compact);
            }
        });
        return terms;
    }

    private static Optional<String> singleXsdRange(Graph ontology, Node property) {
        List<Node> ranges = ontology.find(property, RDFS.range.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (ranges.size() == 1 && ranges.get(0).isURI() && ranges.get(0).getURI().startsWith(XSD.NS)) {
            return Optional.of("xsd:" + ranges.get(0).getLocalName());
        }
        return Optional.empty();
    }
}
