package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/** Entity IRIs dereference at /id/KEY; the ontology, its JSON-LD context, VoID and the service description. */
class LinkedDataTest {
    static final String PREFIXES = """
            @prefix ng: <https://w3id.org/newsgraph/ontology#> . @prefix id: <https://w3id.org/newsgraph/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix doc: <https://w3id.org/newsgraph/doc/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
    private static final String DOCUMENT = PREFIXES + """
            doc:d1 a ng:Document ; rdfs:label "d1" ; ng:publicationDate "2026-04-10"^^xsd:date .
            id:gallop a ng:Model ; rdfs:label "Gallop <b>1</b>"@en ; skos:altLabel "Galop"@fr ;
                owl:sameAs <http://www.wikidata.org/entity/Q1> ; ng:developedBy id:stable-co .
            id:stable-co a ng:Organization ; rdfs:label "Stable Co"@en .
            id:unit a ng:OrganizationUnit ; rdfs:label "Stable Unit"@en ; ng:subOrganizationOf id:stable-co .
            <https://w3id.org/newsgraph/claim/d1/1> a ng:Claim ; ng:subject id:gallop ; ng:predicate ng:developedBy ;
                ng:object id:stable-co ; prov:wasDerivedFrom doc:d1 ; nif:anchorOf "Stable Co built Gallop" ;
                nif:beginIndex 0 ; nif:endIndex 22 ; ng:confidence 0.9 ; ng:status ng:Stated ; ng:rule "built" ;
                ng:sentence <https://w3id.org/newsgraph/doc/d1#char=0,23> .
            <https://w3id.org/newsgraph/doc/d1#char=0,23> nif:anchorOf "Stable Co built Gallop." .
            """;
    private static final String DERIVED = PREFIXES + """
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            id:conflict-1 a ng:Conflict ; rdfs:comment "Gallop: beta vs open weights"@en ; ng:about id:gallop ;
                ng:conflictKind "availability" .
            id:support-1 a ng:Support ; rdf:subject id:gallop ; rdf:predicate ng:developedBy ; rdf:object id:stable-co ;
                ng:sourceCount 2 ; ng:combinedConfidence 0.98 .
            """;
    private static final String ONTOLOGY = PREFIXES + """
            <https://w3id.org/newsgraph/ontology> a owl:Ontology .
            ng:Model a owl:Class ; rdfs:label "AI model"@en .
            ng:developedBy a owl:ObjectProperty ; rdfs:label "developed by"@en .
            ng:confidence a owl:DatatypeProperty ; rdfs:range xsd:decimal .
            ng:Stated skos:prefLabel "stated"@en .
            """;
    private static final String GALLOP = Vocab.ID + "gallop";

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static NewsgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        store = PageFixture.store(dir, DOCUMENT, ONTOLOGY, DERIVED);
        server = NewsgraphServer.builder().store(store).port(0).ui(false).build().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle,TURTLE", "application/n-triples,NTRIPLES", "application/ld+json,JSONLD",
                "application/rdf+xml,RDFXML"})
    void entityDereferencesInEachRdfSyntax(String mediaType, String langName) throws Exception {
        HttpResponse<String> response = http.get("/id/gallop", mediaType);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        Lang lang = switch (langName) {
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        Graph graph = RDFParser.fromString(response.body(), lang).toGraph();
        Node gallop = NodeFactory.createURI(GALLOP);
        Node stable = NodeFactory.createURI(Vocab.ID + "stable-co");
        assertTrue(graph.contains(gallop, Vocab.ng("developedBy"), stable), "own triples");
        assertTrue(graph.contains(stable, RDFS.label.asNode(), NodeFactory.createLiteralLang("Stable Co", "en")),
                "labels of neighbours");
        assertTrue(graph.contains(Node.ANY, Vocab.ng("subject"), gallop), "the claims about it");
    }

    @Test
    void browsersGetAPageWithFactsEvidenceAndLinks() throws Exception {
        HttpResponse<String> response = http.get("/id/gallop", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.contains("Gallop &lt;b&gt;1&lt;/b&gt;"), "the label, escaped");
        assertFalse(page.contains("<b>1</b>"), "no markup from the data");
        assertTrue(page.contains("<mark>Stable Co built Gallop</mark>."), "the sentence with the evidence marked");
        assertTrue(page.contains("<a href=\"/id/stable-co\">Stable Co</a>"), "a link to the neighbour's page");
        assertTrue(page.contains("<a href=\"/doc/d1\">d1</a> (2026-04-10)"), "the source, linked, and its date");
        assertTrue(page.contains("http://www.wikidata.org/entity/Q1"), "same-as link");
        assertTrue(page.contains("stated"));
        assertTrue(page.contains("Gallop: beta vs open weights (availability)"), "the disagreement");
        assertTrue(page.contains("<td>2</td><td>0.98</td>"), "sources and combined confidence of the fact");
        assertFalse(page.contains("support-1"), "support records are not listed as referrers");
    }

    @Test
    void incomingFactsAreShownOnTheTargetsPage() throws Exception {
        String page = http.get("/id/stable-co", "text/html").body();
        assertTrue(page.contains("<a href=\"/id/unit\">Stable Unit</a>"), page);
    }

    @Test
    void unknownOrMalformedKeysAre404() throws Exception {
        assertEquals(404, http.get("/id/no-such-thing", "text/turtle").statusCode());
        assertEquals(404, http.get("/id/%3Cscript%3E", "text/html").statusCode());
        assertEquals(404, http.get("/id/gallop%20%7D%20UNION%20%7B", "text/turtle").statusCode());
        assertEquals(404, http.get("/id/", "text/turtle").statusCode());
        assertEquals(406, http.get("/id/gallop", "image/png").statusCode());
        assertEquals(200, http.get("/id/gallop?format=nt", "text/html").statusCode());
    }

    @Test
    void theOntologyIsServedWithAJsonLdContext() throws Exception {
        Graph ontology = http.turtle("/ontology");
        assertTrue(ontology.contains(Vocab.ng("Model"), RDFS.label.asNode(), Node.ANY));
        HttpResponse<String> jsonld = http.get("/ontology", "application/ld+json");
        assertEquals(ontology.size(), RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().size());
        HttpResponse<String> context = http.get("/ontology/context.jsonld", "application/ld+json");
        assertEquals(200, context.statusCode());
        JsonNode terms = new ObjectMapper().readTree(context.body()).path("@context");
        assertEquals(Vocab.NG, terms.path("ng").asText());
        assertEquals("ng:Model", terms.path("Model").asText());
        assertEquals("@id", terms.path("developedBy").path("@type").asText());
        assertEquals("xsd:decimal", terms.path("confidence").path("@type").asText());
        assertEquals(404, http.get("/ontology/other", "text/turtle").statusCode());
    }

    @Test
    void voidDescribesTheDatasetWithCounts() throws Exception {
        Graph graph = http.turtle(NewsgraphServer.DATASET + "/void");
        Node dataset = NodeFactory.createURI(server.baseUrl() + NewsgraphServer.DATASET + "/void#dataset");
        assertEquals(List.of(NodeFactory.createURI(server.sparqlUrl())), objects(graph, dataset, "sparqlEndpoint"));
        assertEquals(5, number(graph, dataset, "entities"), "typed resources under id/, derived records included");
        assertEquals(1, number(graph, dataset, "documents"));
        long unionTriples = RDFParser.fromString(DOCUMENT, Lang.TURTLE).toGraph().size()
                + RDFParser.fromString(ONTOLOGY, Lang.TURTLE).toGraph().size()
                + RDFParser.fromString(DERIVED, Lang.TURTLE).toGraph().size();
        assertEquals(unionTriples, number(graph, dataset, "triples"));
    }

    @Test
    void theServiceDescriptionNamesTheEndpointAndFeatures() throws Exception {
        HttpResponse<String> response = http.get(NewsgraphServer.DATASET + "/service-description", "text/turtle");
        Graph graph = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        Node service = NodeFactory.createURI(server.sparqlUrl());
        Node sd = NodeFactory.createURI(DatasetDescriptions.SD + "endpoint");
        assertTrue(graph.contains(service, sd, service));
        assertTrue(graph.contains(service, NodeFactory.createURI(DatasetDescriptions.SD + "feature"),
                NodeFactory.createURI(DatasetDescriptions.SD + "UnionDefaultGraph")));
    }

    private static List<Node> objects(Graph graph, Node subject, String voidTerm) {
        return graph.find(subject, NodeFactory.createURI(DatasetDescriptions.VOID + voidTerm), Node.ANY)
                .mapWith(t -> t.getObject()).toList();
    }

    private static long number(Graph graph, Node subject, String voidTerm) {
        List<Node> values = objects(graph, subject, voidTerm);
        assertEquals(1, values.size(), voidTerm);
        return Long.parseLong(values.get(0).getLiteralLexicalForm());
    }
}
