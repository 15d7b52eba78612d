package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Vocab;

/** The ontology page and its version IRI, the search page, derived graph IRIs, conflicts named by summary. */
class OntologyAndSearchPagesTest extends PageServerTest {
    @Test
    void ontologyIsAPageForBrowsersAndRdfForClients() throws Exception {
        HttpResponse<String> html = http.get("/ontology", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = html.body();
        assertTrue(page.contains("<section id=\"Model\">"), "an anchor per term");
        assertTrue(page.contains("A model."), "the comment");
        assertTrue(page.contains("<dt>rdfs:subClassOf</dt><dd><a href=\"https://schema.org/CreativeWork\">schema:CreativeWork</a>"),
                "the alignment, with prefixed names");
        assertTrue(page.contains("<dt>domain</dt><dd><a href=\"#Model\">ng:Model</a></dd>"), "the domain");
        assertTrue(page.contains("<a href=\"/id/gallop\">Gallop</a>"), "the entities of the class");
        assertTrue(page.contains("<a href=\"/doc/d1\">Gallop arrives</a>"), "the documents of ng:Document");
        assertFalse(page.contains("/claim/d1/c1"), "claims are not listed");
        assertTrue(page.contains("<li id=\"Beta\"><a href=\"#Beta\">ng:Beta</a> (beta): Still being tested.</li>"),
                "the concept scheme, each concept with an anchor");
        Graph turtle = RDFParser.fromString(http.get("/ontology", "text/turtle").body(), Lang.TURTLE).toGraph();
        assertTrue(RDFParser.fromString(PageFixture.ONTOLOGY, Lang.TURTLE).toGraph().isIsomorphicWith(turtle));
        assertTrue(turtle.contains(Vocab.ng("Model"), RDF.type.asNode(), Node.ANY));
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
    void theOntologysVersionIriAnswersTheOntology() throws Exception {
        Graph version = http.turtle("/ontology/0.1.0");
        assertTrue(RDFParser.fromString(PageFixture.ONTOLOGY, Lang.TURTLE).toGraph().isIsomorphicWith(version));
        assertEquals(404, http.get("/ontology/9.9.9", "text/turtle").statusCode());
    }

    @Test
    void derivedGraphsDereferenceAsRdfAndSendBrowsersToTheEntity() throws Exception {
        Graph derived = http.turtle("/derived/gallop");
        assertTrue(RDFParser.fromString(PageFixture.DERIVED, Lang.TURTLE).toGraph().isIsomorphicWith(derived));
        HttpResponse<String> browser = http.get("/derived/gallop", "text/html");
        assertEquals(303, browser.statusCode());
        assertEquals("/id/gallop", browser.headers().firstValue("Location").orElse(""));
        assertEquals(404, http.get("/derived/nothing", "text/turtle").statusCode());
    }

    @Test
    void conflictPagesAreTitledBySummaryNotHash() throws Exception {
        String page = http.get("/id/conflict-1", "text/html").body();
        assertTrue(page.contains("<h1>Gallop: beta vs open weights</h1>"), page);
    }
}
