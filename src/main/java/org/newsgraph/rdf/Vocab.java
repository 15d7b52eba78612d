package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * IRIs of the newsgraph vocabulary and the namespaces it uses (see {@code ontology/newsgraph.ttl}).
 */
public final class Vocab {
    public static final String NG = "https://w3id.org/newsgraph/ontology#";
    public static final String ID = "https://w3id.org/newsgraph/id/";
    public static final String DOC = "https://w3id.org/newsgraph/doc/";
    public static final String CLAIM = "https://w3id.org/newsgraph/claim/";
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/newsgraph/ontology";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "https://schema.org/";

    private Vocab() { }

    /** A term of the ng: namespace. */
    public static Node ng(String localName) {
        return NodeFactory.createURI(NG + localName);
    }

    /** A term of the NIF core namespace. */
    public static Node nif(String localName) {
        return NodeFactory.createURI(NIF + localName);
    }

    /** An entity IRI from its key. */
    public static Node entity(String key) {
        return NodeFactory.createURI(ID + key);
    }

    /** A document IRI (also its named graph) from the document id. */
    public static Node document(String docId) {
        return NodeFactory.createURI(DOC + docId);
    }
}
