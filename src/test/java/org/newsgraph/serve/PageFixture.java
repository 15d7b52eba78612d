package org.newsgraph.serve;

import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/**
 * The store behind the page tests: one document with a headline, publisher, text and two claims,
 * a model family with a version ranked on a leaderboard, rival organisations, a conflict naming
 * a claim, and a small ontology with a class, a property and a concept scheme.
 */
final class PageFixture {
    static final String TEXT = "Gallop arrives\\nDaily Horse 2026-04-10\\n"
            + "Stable Co built Gallop. Gallop 2 is second on Arena & <b>more</b>.";
    static final String DOCUMENT = LinkedDataTest.PREFIXES + """
            doc:d1 a ng:Document ; rdfs:label "Gallop arrives" ; ng:title "Gallop arrives" ;
                ng:publisher "Daily Horse" ; ng:publicationDate "2026-04-10"^^xsd:date ;
                <https://schema.org/url> <https://news.example/gallop> ; nif:isString "%s" ; ng:mentions id:gallop .
            id:gallop a ng:Model ; rdfs:label "Gallop"@en ; ng:developedBy id:stable-co .
            id:gallop-2 a ng:Model ; rdfs:label "Gallop 2"@en ; ng:versionOf id:gallop ; ng:ranking id:ranking-1 .
            id:stable-co a ng:Organization ; rdfs:label "Stable Co"@en ; ng:comparedWith id:rival ;
                ng:measurement id:measurement-1 .
            id:measurement-1 a ng:Measurement ; ng:subject id:stable-co ; ng:quantity 2.120 ; ng:unit "percent" ;
                ng:measures "share price rise" .
            id:rival a ng:Organization ; rdfs:label "Rival <Inc>"@en .
            id:arena a ng:Leaderboard ; rdfs:label "Arena"@en .
            id:ranking-1 a ng:Ranking ; ng:model id:gallop-2 ; ng:leaderboard id:arena ; ng:rank 2 ;
                ng:category "video" ; ng:asOf "2026-04-10"^^xsd:date .
            <https://w3id.org/newsgraph/claim/d1/c1> a ng:Claim ; ng:subject id:gallop ; ng:predicate ng:developedBy ;
                ng:object id:stable-co ; prov:wasDerivedFrom doc:d1 ; nif:anchorOf "Stable Co built Gallop" ;
                nif:beginIndex 38 ; nif:endIndex 60 ; ng:confidence 0.9 ; ng:status ng:Stated ; ng:rule "built" ;
                ng:sentence <https://w3id.org/newsgraph/doc/d1#char=38,61> .
            <https://w3id.org/newsgraph/doc/d1#char=38,61> nif:anchorOf "Stable Co built Gallop." ;
                nif:referenceContext doc:d1 .
            <https://w3id.org/newsgraph/claim/d1/c3> a ng:Claim ; ng:subject id:gallop ; ng:predicate skos:altLabel ;
                ng:object "Galop"@fr ; prov:wasDerivedFrom doc:d1 ; ng:status ng:Stated .
            <https://w3id.org/newsgraph/claim/d1/c2> a ng:Claim ; ng:subject id:gallop-2 ; ng:predicate ng:ranking ;
                ng:object id:ranking-1 ; prov:wasDerivedFrom doc:d1 ; nif:anchorOf "Gallop 2 is second on Arena" ;
                nif:beginIndex 62 ; nif:endIndex 89 ; ng:confidence 0.8 ; ng:status ng:Stated ; ng:rule "rank" ;
                ng:asOf "2026-04-10"^^xsd:date .
            """.formatted(TEXT);
    static final String DERIVED = LinkedDataTest.PREFIXES + """
            id:conflict-1 a ng:Conflict ; rdfs:comment "Gallop: beta vs open weights"@en ; ng:about id:gallop ;
                ng:conflictKind "availability" ; ng:conflictingClaim <https://w3id.org/newsgraph/claim/d1/c1> .
            """;
    static final String ONTOLOGY = LinkedDataTest.PREFIXES + """
            <https://w3id.org/newsgraph/ontology> a owl:Ontology ; rdfs:label "newsgraph ontology"@en ;
                owl:versionIRI <https://w3id.org/newsgraph/ontology/0.1.0> .
            ng:Model a owl:Class ; rdfs:label "AI model"@en ; rdfs:comment "A model."@en ;
                rdfs:subClassOf <https://schema.org/CreativeWork> .
            ng:Document a owl:Class ; rdfs:label "document"@en .
            ng:Claim a owl:Class ; rdfs:label "claim"@en .
            ng:developedBy a owl:ObjectProperty ; rdfs:label "developed by"@en ; rdfs:domain ng:Model ;
                rdfs:range ng:Organization .
            ng:AvailabilityScheme a skos:ConceptScheme ; rdfs:label "availability"@en .
            ng:Beta a skos:Concept ; skos:inScheme ng:AvailabilityScheme ; skos:prefLabel "beta"@en ;
                skos:definition "Still being tested."@en .
            ng:Stated skos:prefLabel "stated"@en .
            """;


    private PageFixture() {
    }

    /** A new store in {@code dir} holding the fixture. */
    static GraphStore store(Path dir) {
        return store(dir, DOCUMENT, ONTOLOGY, DERIVED);
    }

    /** A new store in {@code dir} holding document d1, the ontology and gallop's derived graph, each given as Turtle. */
    static GraphStore store(Path dir, String document, String ontology, String derived) {
        GraphStore store = GraphStore.open(dir.resolve("tdb2"));
        store.replaceGraph(Vocab.document("d1"), RDFParser.fromString(document, Lang.TURTLE).toGraph());
        store.replaceGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH), RDFParser.fromString(ontology, Lang.TURTLE).toGraph());
        store.replaceGraph(NodeFactory.createURI("https://w3id.org/newsgraph/derived/gallop"),
                RDFParser.fromString(derived, Lang.TURTLE).toGraph());
        return store;
    }
}
