package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.Vocab;

/**
 * How a source document is named to people: its title (else its label), its publisher and its
 * publication date, linked to the document's page, e.g. "Headline — Outlet (2026-04-10)". In: a
 * graph holding the document's facts and the document node; out: an HTML fragment.
 */
final class SourceNames {
    /** The property that links a claim to the document it was read from. */
    static final Node DERIVED_FROM = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");

    private SourceNames() {
    }

    /** The title, publisher and date of {@code document}, the title linked to its page. */
    static String link(Graph g, Node document) {
        String title = literal(g, document, Vocab.ng("title"));
        String name = title.isEmpty() ? Html.name(g, document) : title;
        String publisher = literal(g, document, Vocab.ng("publisher"));
        String date = literal(g, document, Vocab.ng("publicationDate"));
        String href = document.isURI() ? Html.href(document.getURI()) : "";
        String shown = Html.escape(name);
        return (href.isEmpty() ? shown : "<a href=\"" + Html.escape(href) + "\">" + shown + "</a>")
                + (publisher.isEmpty() ? "" : " \u2014 " + Html.escape(publisher))
                + (date.isEmpty() ? "" : " (" + Html.escape(date) + ")");
    }

    /** The source of {@code claim} named as in {@link #link}, or empty when it has none. */
    static String ofClaim(Graph g, Node claim) {
        return g.find(claim, DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .map(d -> link(g, d)).sorted().findFirst().orElse("");
    }

    /** The smallest lexical form of a literal value of {@code predicate}, or "". */
    static String literal(Graph g, Node subject, Node predicate) {
        return g.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList()
                .stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElse("");
    }
}
