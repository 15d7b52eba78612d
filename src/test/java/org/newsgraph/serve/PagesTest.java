package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/** Document, claim, search and ontology pages; rankings by value; a family's disagreements on a version's page. */
class PagesTest {
    private static final String TEXT = "Gallop arrives\\nDaily Horse 2026-04-10\\n"
            + "Stable Co built Gallop. Gallop 2 is second on Arena & <b>more</b>.";
    private static final String DOCUMENT = LinkedDataTest.PREFIXES + """
            doc:d1 a ng:Document ; rdfs:label "Gallop arrives" ; ng:title "Gallop arrives" ;
                ng:publisher "Daily Horse" ; ng:publicationDate "2026-04-10"^^xsd:date ;
                <https://schema.org/url> <https://news.example/gallop> ; nif:isString "%s" ; ng:mentions id:gallop .
            id:gallop a ng:Model ; rdfs:label "Gallop"@en ; ng:developedBy id:stable-co .
            id:gallop-2 a ng:Model ; rdfs:label "Gallop 2"@en ; ng:versionOf id:gallop ; ng:ranking id:ranking-1 .
            id:stable-co a ng:Organization ; rdfs:label "Stable Co"@en ; ng:comparedWith id:rival .
            id:rival a ng:Organization ; rdfs:label "Rival <Inc>"@en .
            id:arena a ng:Leaderboard ; rdfs:label "Arena"@en .
            id:ranking-1 a ng:Ranking ; ng:model id:gallop-2 ; ng:leaderboard id:arena ; ng:rank 2 ;
                ng:category "video" ; ng:asOf "2026-04-10"^^xsd:date .
            <https://w3id.org/newsgraph/claim/d1/c1> a ng:Claim ; ng:subject id:gallop ; ng:predicate ng:developedBy ;
                ng:object id:stable-co ; prov:wasDerivedFrom doc:d1 ; nif:anchorOf "Stable Co built Gallop" ;
                nif:beginIndex 38 ; nif:endIndex 60 ; ng:confidence 0.9 ; ng:status ng:Stated ; ng:rule "built" ;
                ng:sentence <https://w3id.org/newsgraph/doc/d1#char=38,61> .
            <https://w3id.org/newsgraph/doc/d1#char=38,61> nif:anchorOf "Stable Co built Gallop." .
            <https://w3id.org/newsgraph/claim/d1/c2> a ng:Claim ; ng:subject id:gallop-2 ; ng:predicate ng:ranking ;
                ng:object id:ranking-1 ; prov:wasDerivedFrom doc:d1 ; nif:anchorOf "Gallop 2 is second on Arena" ;
                nif:beginIndex 62 ; nif:endIndex 89 ; ng:confidence 0.8 ; ng:status ng:Stated ; ng:rule "rank" ;
                ng:asOf "2026-04-10"^^xsd:date .
            """.formatted(TEXT);
    private static final String DERIVED = LinkedDataTest.PREFIXES + """
            id:conflict-1 a ng:Conflict ; rdfs:comment "Gallop: beta vs open weights"@en ; ng:about id:gallop ;
                ng:conflictKind "availability" ; ng:conflictingClaim <https://w3id.org/newsgraph/claim/d1/c1> .
            """;
    private static final String ONTOLOGY = LinkedDataTest.PREFIXES + """
            <https://w3id.org/newsgraph/ontology> a owl:Ontology ; rdfs:label "newsgraph ontology"@en .
            ng:Model a owl:Class ; rdfs:label "AI model"@en ; rdfs:comment "A model."@en ;
                rdfs:subClassOf <https://schema.org/CreativeWork> .
            ng:developedBy a owl:ObjectProperty ; rdfs:label "developed by"@en ; rdfs:domain ng:Model ;
                rdfs:range ng:Organization .
            ng:AvailabilityScheme a skos:ConceptScheme ; rdfs:label "availability"@en .
            ng:Beta a skos:Concept ; skos:inScheme ng:AvailabilityScheme ; skos:prefLabel "beta"@en ;
                skos:definition "Still being tested."@en .
            ng:Stated skos:prefLabel "stated"@en .
            """;

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static NewsgraphServer server;
    private static Http http;

    @BeforeAll
    static void startServer() {
        store = GraphStore.open(dir.resolve("tdb2"));
        store.replaceGraph(Vocab.document("d1"), RDFParser.fromString(DOCUMENT, Lang.TURTLE).toGraph());
        store.replaceGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH), RDFParser.fromString(ONTOLOGY, Lang.TURTLE).toGraph());
        store.replaceGraph(NodeFactory.createURI("https://w3id.org/newsgraph/derived/gallop"),
                RDFParser.fromString(DERIVED, Lang.TURTLE).toGraph());
        server = NewsgraphServer.builder().store(store).port(0).ui(false).build().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        store.close();
    }

    @Test
    void documentPageShowsMetadataAndTheTextWithLinkedEvidence() throws Exception {
        HttpResponse<String> response = http.get("/doc/d1", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<h1>Gallop arrives</h1>"), "the title");
        assertTrue(page.contains("<dd>Daily Horse</dd>"), "the publisher");
        assertTrue(page.contains("<a href=\"https://news.example/gallop\">"), "the original, linked out");
        assertTrue(page.contains("<mark><a href=\"/claim/d1/c1\">Stable Co built Gallop</a></mark>. "
                + "<mark><a href=\"/claim/d1/c2\">Gallop 2 is second on Arena</a></mark> &amp; &lt;b&gt;more"),
                "the text, escaped, each evidence anchor marked and linked to its claim");
        assertFalse(page.contains("<b>more</b>"), "no markup from the data");
        assertTrue(page.contains("Gallop: beta vs open weights"), "the disagreement one of its claims is in");
        assertTrue(page.contains("action=\"/search\""), "the search box");
    }

    @Test
    void documentAndClaimDereferenceAsRdf() throws Exception {
        HttpResponse<String> doc = http.get("/doc/d1", "text/turtle");
        assertEquals(200, doc.statusCode());
        Graph graph = RDFParser.fromString(doc.body(), Lang.TURTLE).toGraph();
        Node d1 = Vocab.document("d1");
        Node c1 = NodeFactory.createURI(Vocab.CLAIM + "d1/c1");
        assertTrue(graph.contains(d1, Vocab.ng("publisher"), NodeFactory.createLiteralString("Daily Horse")));
        assertTrue(graph.contains(c1, SourceNames.DERIVED_FROM, d1), "the claims read from it");
        HttpResponse<String> claim = http.get("/claim/d1/c1", "application/n-triples");
        assertEquals(200, claim.statusCode());
        Graph claimGraph = RDFParser.fromString(claim.body(), Lang.NTRIPLES).toGraph();
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DOCUMENT, Lang.TURTLE).toGraph().find(c1, Node.ANY, Node.ANY).forEach(expected::add);
        Graph own = GraphFactory.createDefaultGraph();
        claimGraph.find(c1, Node.ANY, Node.ANY).forEach(own::add);
        assertTrue(expected.isIsomorphicWith(own), "the claim's own triples, exactly");
        assertTrue(claimGraph.contains(Node.ANY, Vocab.ng("conflictingClaim"), c1), "the conflict naming it");
    }

    @Test
    void claimPageShowsStatementEvidenceAndSource() throws Exception {
        String page = http.get("/claim/d1/c1", "text/html").body();
        assertTrue(page.contains("<a href=\"/id/gallop\">Gallop</a>"), "the subject, linked");
        assertTrue(page.contains("<a href=\"/id/stable-co\">Stable Co</a>"), "the object, linked");
        assertTrue(page.contains("<mark>Stable Co built Gallop</mark>."), "the sentence with the evidence marked");
        assertTrue(page.contains("<dd>stated</dd>") && page.contains("<dd>0.9</dd>") && page.contains("<dd>built</dd>"),
                "status, confidence, rule");
        assertTrue(page.contains("<a href=\"/doc/d1\">Gallop arrives</a> \u2014 Daily Horse (2026-04-10)"),
                "the source by title and publisher");
        assertTrue(page.contains("Gallop: beta vs open weights"), "the disagreement it is part of");
    }

    @Test
    void versionPagesShowTheFamilysDisagreementsAndRankingsByValue() throws Exception {
        String page = http.get("/id/gallop-2", "text/html").body();
        assertTrue(page.contains("Gallop: beta vs open weights (availability), about <a href=\"/id/gallop\">Gallop</a>"),
                page);
        assertFalse(page.contains("None found"), "not 'none found' when the family has a conflict");
        assertTrue(page.contains("No. 2 on Arena, video, as of 2026-04-10"), "the ranking by value");
        assertFalse(page.contains(">ranking-1<"), "no hash id shown");
    }

    @Test
    void entityPageHasTimelineSvgAndSearchBox() throws Exception {
        String page = http.get("/id/stable-co", "text/html").body();
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the neighbourhood picture");
        assertTrue(page.contains("<a href=\"/id/rival\">"), "a neighbour in the picture links to its page");
        assertTrue(page.contains("Rival &lt;Inc&gt;"), "names in the picture are escaped");
        assertFalse(page.contains("<script"), "no script");
        assertTrue(page.contains("<input type=\"search\" name=\"q\""), "the search box");
        String gallop = http.get("/id/gallop", "text/html").body();
        assertTrue(gallop.contains("<ol class=\"timeline\">\n<li><time datetime=\"2026-04-10\">2026-04-10</time> "
                + "<em>developed by</em> <a href=\"/id/stable-co\">Stable Co</a>"), gallop);
    }

    @Test
    void searchFindsNamesAndEvidence() throws Exception {
        HttpResponse<String> response = http.get("/search?q=gallop", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<a href=\"/id/gallop\">Gallop</a>"), "a name hit");
        assertTrue(page.contains("<a href=\"/claim/d1/c1\">\u201cStable Co built Gallop\u201d</a>"), "an evidence hit");
        assertTrue(page.contains("value=\"gallop\""), "the search box keeps the text");
        String bad = http.get("/search?q=%22%3Cscript%3E", "text/html").body();
        assertFalse(bad.contains("<script>"), "the search text is escaped");
        assertEquals(200, http.get("/search", "text/html").statusCode());
    }

    @Test
    void ontologyIsAPageForBrowsersAndRdfForClients() throws Exception {
        HttpResponse<String> html = http.get("/ontology", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = html.body();
        assertTrue(page.contains("<section id=\"Model\">"), "an anchor per term");
        assertTrue(page.contains("A model."), "the comment");
        assertTrue(page.contains("<a href=\"https://schema.org/CreativeWork\">"), "the alignment");
        assertTrue(page.contains("<dt>domain</dt><dd><a href=\"#Model\">ng:Model</a></dd>"), "the domain");
        assertTrue(page.contains("<a href=\"/id/gallop\">Gallop</a>"), "the entities of the class");
        assertTrue(page.contains("<a href=\"#Beta\">ng:Beta</a>: Still being tested."), "the concept scheme");
        Graph turtle = RDFParser.fromString(http.get("/ontology", "text/turtle").body(), Lang.TURTLE).toGraph();
        assertTrue(RDFParser.fromString(ONTOLOGY, Lang.TURTLE).toGraph().isIsomorphicWith(turtle));
        assertTrue(turtle.contains(Vocab.ng("Model"), RDF.type.asNode(), Node.ANY));
    }

    @Test
    void unknownDocumentsAndClaimsAre404() throws Exception {
        assertEquals(404, http.get("/doc/nothing", "text/html").statusCode());
        assertEquals(404, http.get("/doc/nothing", "text/turtle").statusCode());
        assertEquals(404, http.get("/claim/d1/nothing", "text/turtle").statusCode());
        assertEquals(404, http.get("/claim/d1", "text/turtle").statusCode());
        assertEquals(404, http.get("/doc/%3Cx%3E", "text/html").statusCode());
        assertEquals(404, http.get("/claim/gallop/c1", "text/html").statusCode());
        assertEquals(404, http.get("/doc/gallop", "text/html").statusCode(), "an entity key is not a document");
    }
}
