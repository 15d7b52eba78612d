package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates data shaped like notes/rdf-model.md against ontology/shapes.ttl (plus the ontology graph,
 * as `newsgraph validate` does): the sample conforms, and each single breakage of it is reported.
 */
class ShapesSampleTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    /** Turtle with placeholders: hash, text, sentence span and anchor, claim span. */
    private static final String SAMPLE = """
            @prefix ng: <https://w3id.org/newsgraph/ontology#> . @prefix id: <https://w3id.org/newsgraph/id/> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix doc: <https://w3id.org/newsgraph/doc/> .
            doc:d1 a ng:Document, nif:Context ; ng:publicationDate "2026-04-10"^^xsd:date ;
                ng:publicationDateBasis ng:DatelineBasis ; ng:contentHash "sha256:%s" ; nif:isString "%s" .
            <https://w3id.org/newsgraph/doc/d1#s> a nif:Sentence ; nif:referenceContext doc:d1 ;
                nif:beginIndex %d ; nif:endIndex %d ; nif:anchorOf "%s" .
            <https://w3id.org/newsgraph/claim/d1/1> a ng:Claim ; ng:subject id:happyhorse ;
                ng:predicate ng:developedBy ; ng:object id:alibaba-group ; prov:wasDerivedFrom doc:d1 ;
                ng:sentence <https://w3id.org/newsgraph/doc/d1#s> ; nif:beginIndex %d ; nif:endIndex %d ;
                nif:anchorOf "Alibaba Group launched" ; ng:rule "release-verb" ; ng:confidence 0.85 ;
                ng:status ng:Stated .
            id:happyhorse a ng:Model ; rdfs:label "HappyHorse"@en ; ng:developedBy id:alibaba-group ;
                ng:releaseDate "2026-04-10"^^xsd:date ; ng:availability ng:ClosedBeta .
            id:alibaba-group a ng:Organization ; rdfs:label "Alibaba Group"@en .
            id:ranking-1 a ng:Ranking ; ng:model id:happyhorse ; ng:leaderboard id:aa ; ng:rank 1 ;
                ng:category "text-to-video" ; ng:asOf "2026-04"^^xsd:gYearMonth .
            id:zheng-bo a ng:Person ; rdfs:label "Zheng Bo"@en, "郑波"@zh ; ng:hasRole id:role-1 .
            id:role-1 a ng:Role ; ng:person id:zheng-bo ; ng:organization id:alibaba-group ;
                ng:title "vice president" ; ng:former false .
            id:m-1 a ng:Measurement ; ng:subject id:alibaba-group ; ng:quantity 100000000 ; ng:asOf "2026"^^xsd:gYear .
            """;

    @Test
    void sampleFromTheRdfModelConforms() {
        ValidationReport report = validate(sample());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void brokenSamplesAreRejected(String from, String to) {
        String broken = sample().replace(from, to);
        assertNotEquals(sample(), broken, "the replacement did not apply: " + from);
        assertFalse(validate(broken).conforms(), "accepted: " + to);
    }

    static Stream<Arguments> breakages() {
        return Stream.of(Arguments.of("\"Alibaba Group launched\"", "\"Alibaba Group launches\""),
                Arguments.of("nif:endIndex 24", "nif:endIndex 1"),
                Arguments.of("ng:rank 1", "ng:rank 0"),
                Arguments.of("ng:status ng:Stated", "ng:status ng:ClosedBeta"),
                Arguments.of("ng:status ng:Stated", "ng:status ng:Stated, ng:Reported"),
                Arguments.of("prov:wasDerivedFrom doc:d1", "prov:wasDerivedFrom id:alibaba-group"),
                Arguments.of("ng:object id:alibaba-group ;", ""),
                Arguments.of("ng:DatelineBasis", "ng:UnknownBasis"),
                Arguments.of("ng:publicationDate \"2026-04-10\"^^xsd:date ;", ""),
                Arguments.of("\"2026-04-10\"^^xsd:date ; ng:availability", "\"April 10\" ; ng:availability"),
                Arguments.of("ng:availability ng:ClosedBeta", "ng:availability ng:Stated"),
                Arguments.of("ng:developedBy id:alibaba-group", "ng:developedBy id:zheng-bo"),
                Arguments.of("ng:confidence 0.85", "ng:confidence 1.5"),
                Arguments.of("ng:quantity 100000000", "ng:quantity \"many\""),
                Arguments.of("ng:title \"vice president\" ;", ""),
                Arguments.of("\"Zheng Bo\"@en,", "\"Zheng Bo\"@en, \"Bo Zheng\"@en,"),
                Arguments.of("id:alibaba-group a ng:Organization ; rdfs:label \"Alibaba Group\"@en .", ""));
    }

    private static ValidationReport validate(String turtle) {
        Model data = ModelFactory.createDefaultModel().add(ONTOLOGY);
        RDFDataMgr.read(data, new StringReader(turtle), null, Lang.TURTLE);
        return ShaclValidator.get().validate(SHAPES, data.getGraph());
    }

    /** The example of notes/rdf-model.md, with a character outside the BMP before the evidence. */
    private static String sample() {
        String text = "\uD83D\uDC34 Alibaba Group launched Happy Horse on Friday.";
        int begin = text.codePointCount(0, text.indexOf("Alibaba"));
        int end = text.codePointCount(0, text.length());
        return SAMPLE.formatted("ab".repeat(32), text, begin, end, text.substring(text.indexOf("Alibaba")),
                begin, begin + "Alibaba Group launched".length());
    }
}
