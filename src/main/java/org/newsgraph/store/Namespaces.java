package org.newsgraph.store;

import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.rdf.Vocab;

/**
 * The prefixes used to abbreviate IRIs in dumps, query tables and validation messages: the
 * newsgraph namespaces ({@link Vocab}), the vocabularies they align with, and Jena's standard ones.
 */
public final class Namespaces {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("ng", Vocab.NG)
            .setNsPrefix("id", Vocab.ID)
            .setNsPrefix("doc", Vocab.DOC)
            .setNsPrefix("claim", Vocab.CLAIM)
            .setNsPrefix("nif", Vocab.NIF)
            .setNsPrefix("prov", Vocab.PROV)
            .setNsPrefix("skos", Vocab.SKOS)
            .setNsPrefix("schema", Vocab.SCHEMA)
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private Namespaces() {
    }

    /** The prefix mapping (read-only). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }
}
