package org.newsgraph.extract;

/**
 * The properties a claim can state, with the IRI of each. Entity-valued relations link two
 * entities; the others carry a date, a concept, a text or an n-ary node (ranking, role,
 * measurement).
 */
public enum Relation {
    DEVELOPED_BY("https://w3id.org/newsgraph/ontology#developedBy"),
    SUB_ORGANIZATION_OF("https://w3id.org/newsgraph/ontology#subOrganizationOf"),
    OWNED_BY("https://w3id.org/newsgraph/ontology#ownedBy"),
    VERSION_OF("https://w3id.org/newsgraph/ontology#versionOf"),
    VARIANT_OF("https://w3id.org/newsgraph/ontology#variantOf"),
    ACQUIRED_BY("https://w3id.org/newsgraph/ontology#acquiredBy"),
    FUNDED_BY("https://w3id.org/newsgraph/ontology#fundedBy"),
    COMPARED_WITH("https://w3id.org/newsgraph/ontology#comparedWith"),
    RELEASE_DATE("https://w3id.org/newsgraph/ontology#releaseDate"),
    ANNOUNCEMENT_DATE("https://w3id.org/newsgraph/ontology#announcementDate"),
    AVAILABILITY("https://w3id.org/newsgraph/ontology#availability"),
    CAPABILITY("https://w3id.org/newsgraph/ontology#capability"),
    RANKING("https://w3id.org/newsgraph/ontology#ranking"),
    ROLE("https://w3id.org/newsgraph/ontology#hasRole"),
    MEASUREMENT("https://w3id.org/newsgraph/ontology#measurement"),
    ALT_LABEL("http://www.w3.org/2004/02/skos/core#altLabel");

    private final String iri;

    Relation(String iri) {
        this.iri = iri;
    }

    /** The property IRI. */
    public String iri() {
        return iri;
    }
}
