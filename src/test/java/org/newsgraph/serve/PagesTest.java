package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Vocab;

/** Document and claim pages; entity pages with timeline and picture; rankings by value; a family's disagreements on a version's page. */
class PagesTest extends PageServerTest {
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
        assertTrue(page.contains("<span id=\"char=38,61\"></span><mark>"), "the sentence IRI's fragment as anchor");
        assertFalse(page.contains("<b>more</b>"), "no markup from the data");
        assertTrue(page.contains("Gallop: beta vs open weights"), "the disagreement one of its claims is in");
        assertTrue(page.contains("action=\"/search\""), "the search box");
    }

    @Test
    void documentAndClaimDereferenceAsRdf() throws Exception {
        Graph graph = http.turtle("/doc/d1");
        Node d1 = Vocab.document("d1");
        Node c1 = NodeFactory.createURI(Vocab.CLAIM + "d1/c1");
        assertTrue(graph.contains(d1, Vocab.ng("publisher"), NodeFactory.createLiteralString("Daily Horse")));
        assertTrue(graph.contains(c1, SourceNames.DERIVED_FROM, d1), "the claims read from it");
        HttpResponse<String> claim = http.get("/claim/d1/c1", "application/n-triples");
        assertEquals(200, claim.statusCode());
        Graph claimGraph = RDFParser.fromString(claim.body(), Lang.NTRIPLES).toGraph();
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PageFixture.DOCUMENT, Lang.TURTLE).toGraph().find(c1, Node.ANY, Node.ANY).forEach(expected::add);
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
        assertTrue(page.contains("<a href=\"/id/measurement-1\">2.12 percent: share price rise</a>"),
                "the measurement by value");
        assertFalse(page.contains("<a href=\"/id/measurement-1\"><rect"), "value nodes are not drawn as neighbours");
        assertFalse(page.contains("<script"), "no script");
        assertTrue(page.contains("<input type=\"search\" name=\"q\""), "the search box");
        String gallop = http.get("/id/gallop", "text/html").body();
        assertTrue(gallop.contains("<ol class=\"timeline\">\n<li><time datetime=\"2026-04-10\">2026-04-10</time> "
                + "<em>developed by</em> <a href=\"/id/stable-co\">Stable Co</a>"), gallop);
        String timeline = gallop.substring(gallop.indexOf("<ol class=\"timeline\">"), gallop.indexOf("</ol>"));
        assertFalse(timeline.contains("Galop"), "other names are not events");
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
