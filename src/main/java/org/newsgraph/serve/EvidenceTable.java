package org.newsgraph.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Vocab;

/**
 * The evidence section of an entity page: one table row per claim in the description graph, with
 * the statement (subject, predicate, object, each linked), its status and confidence, the
 * sentence it was read from (the exact evidence marked), a link to the claim's page, and the
 * source document by title, publisher and publication date, linked to its page, with links to the
 * original article and to the document graph. In: the
 * description graph; out: an HTML fragment.
 */
final class EvidenceTable {
    private static final Node DERIVED_FROM = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");
    private static final Node URL = NodeFactory.createURI(Vocab.SCHEMA + "url");

    private EvidenceTable() {
    }

    /** The table (or a line saying there is no evidence). */
    static String render(Graph description) {
        List<Node> claims = description.find(Node.ANY, RDF.type.asNode(), Vocab.ng("Claim"))
                .mapWith(Triple::getSubject).toList().stream()
                .sorted(Comparator.comparing((Node c) -> value(description, c, DERIVED_FROM))
                        .thenComparingLong(c -> number(description, c, Vocab.nif("beginIndex")))
                        .thenComparing(Node::toString, Comparator.naturalOrder()))
                .toList();
        if (claims.isEmpty()) {
            return "<p>No claims about this entity.</p>\n";
        }
        StringBuilder html = new StringBuilder("<table>\n<tr><th>statement</th><th>status</th><th>confidence</th>"
                + "<th>evidence</th><th>source</th></tr>\n");
        claims.forEach(claim -> html.append(row(description, claim)));
        return html.append("</table>\n").toString();
    }

    private static String row(Graph g, Node claim) {
        String statement = object(g, claim, Vocab.ng("subject")).map(n -> Html.link(g, n)).orElse("")
                + " <em>" + object(g, claim, Vocab.ng("predicate")).map(n -> Html.escape(Html.name(g, n))).orElse("")
                + "</em> " + object(g, claim, Vocab.ng("object")).map(n -> Html.link(g, n)).orElse("");
        String status = object(g, claim, Vocab.ng("status")).map(n -> Html.escape(Html.name(g, n))).orElse("");
        String confidence = Html.escape(value(g, claim, Vocab.ng("confidence")));
        String link = claim.isURI() ? " <a href=\"" + Html.escape(Html.href(claim.getURI())) + "\">claim</a>" : "";
        return "<tr><td>" + statement + link + "</td><td>" + status + "</td><td>" + confidence + "</td><td>"
                + evidence(g, claim) + "</td><td>" + source(g, claim) + "</td></tr>\n";
    }

    /** The sentence with the anchor text marked, or the anchor alone when there is no sentence. */
    static String evidence(Graph g, Node claim) {
        String anchor = value(g, claim, Vocab.nif("anchorOf"));
        String sentence = object(g, claim, Vocab.ng("sentence"))
                .map(s -> value(g, s, Vocab.nif("anchorOf"))).orElse("");
        int at = anchor.isEmpty() ? -1 : sentence.indexOf(anchor);
        if (at < 0) {
            return sentence.isEmpty() ? "<mark>" + Html.escape(anchor) + "</mark>" : Html.escape(sentence);
        }
        return Html.escape(sentence.substring(0, at)) + "<mark>" + Html.escape(anchor) + "</mark>"
                + Html.escape(sentence.substring(at + anchor.length()));
    }

    private static String source(Graph g, Node claim) {
        Optional<Node> document = object(g, claim, DERIVED_FROM);
        if (document.isEmpty()) {
            return "";
        }
        Node doc = document.get();
        StringBuilder html = new StringBuilder(SourceNames.link(g, doc));
        object(g, doc, URL).filter(Node::isURI).ifPresent(url ->
                html.append(" <a href=\"").append(Html.escape(url.getURI())).append("\">article</a>"));
        html.append(" <a href=\"/newsgraph/get?graph=").append(Html.escape(Html.pathSegment(doc.getURI())))
                .append("\">graph</a>");
        return html.toString();
    }

    private static Optional<Node> object(Graph g, Node subject, Node predicate) {
        List<Node> objects = g.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
        return objects.stream().min(Comparator.comparing(Node::toString));
    }

    private static String value(Graph g, Node subject, Node predicate) {
        return object(g, subject, predicate)
                .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).orElse("");
    }

    private static long number(Graph g, Node subject, Node predicate) {
        try {
            return Long.parseLong(value(g, subject, predicate));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
