package org.newsgraph.store;

import org.apache.jena.shared.PrefixMapping;

/**
 * The fixed namespaces of the newsgraph vocabulary and the standard vocabularies it aligns with,
 * used to abbreviate IRIs in dumps, query tables and validation messages.
 */
public final class Namespaces {
    /** Ontology terms ({@code ng:}). */
    public static final String NG = "https://w3id.org/newsgraph/ontology#";
    /** Entities ({@code id:}). */
    public static final String ID = "https://w3id.org/newsgraph/id/";
    /** Documents, each also the name of its graph ({@code doc:}). */
    public static final String DOC = "https://w3id.org/newsgraph/doc/";
    /** Claims ({@code claim:}). */
    public static final String CLAIM = "https://w3id.org/newsgraph/claim/";
    /** The named graph that holds the ontology itself. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/newsgraph/ontology";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("ng", NG)
            .setNsPrefix("id", ID)
            .setNsPrefix("doc", DOC)
            .setNsPrefix("claim", CLAIM)
            .setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private Namespaces() {
    }

    /** The prefix mapping of all namespaces above plus Jena's standard ones (read-only). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }
}
