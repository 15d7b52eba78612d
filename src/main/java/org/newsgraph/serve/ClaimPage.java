package org.newsgraph.serve;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.Vocab;

/**
 * The HTML page of one claim: the statement (subject, predicate, object, each linked; ranking and
 * measurement values by value), its status, confidence, extraction rule, as-of date and date
 * precision, the evidence sentence with the exact evidence marked and its character offsets, the
 * source document by title and publisher, and the disagreements it takes part in. In: the
 * description graph of {@link EntityDescription} and the claim node; out: an HTML document.
 */
final class ClaimPage {

    private ClaimPage() {
    }

    /** The page of {@code claim}. */
    static String render(Graph g, Node claim) {
        StringBuilder html = new StringBuilder("<p><code>" + Html.escape(claim.getURI()) + "</code></p>\n<dl>\n");
        item(html, "subject", values(g, claim, "subject", true));
        item(html, "predicate", values(g, claim, "predicate", true));
        item(html, "object", values(g, claim, "object", true));
        item(html, "status", values(g, claim, "status", false));
        item(html, "confidence", values(g, claim, "confidence", false));
        item(html, "rule", values(g, claim, "rule", false));
        item(html, "as of", values(g, claim, "asOf", false));
        item(html, "date precision", values(g, claim, "datePrecision", false));
        item(html, "evidence", "<blockquote>" + EvidenceTable.evidence(g, claim) + "</blockquote>");
        item(html, "characters", Html.escape(SourceNames.literal(g, claim, Vocab.nif("beginIndex")) + "\u2013"
                + SourceNames.literal(g, claim, Vocab.nif("endIndex"))));
        item(html, "source", SourceNames.ofClaim(g, claim));
        html.append("</dl>\n<h2>Disagreements between sources</h2>\n").append(ConflictList.render(g));
        return Page.render("Claim: " + Html.escape(plain(g, claim)), html.toString(), true);
    }

    private static void item(StringBuilder html, String term, String valueHtml) {
        if (!valueHtml.isBlank()) {
            html.append("<dt>").append(term).append("</dt><dd>").append(valueHtml).append("</dd>\n");
        }
    }

    /** The values of {@code ng:term}, linked or as names. */
    private static String values(Graph g, Node claim, String term, boolean linked) {
        return objects(g, claim, term).stream().map(n -> linked ? Html.link(g, n) : Html.escape(Html.name(g, n)))
                .collect(Collectors.joining(", "));
    }

    /** The statement as plain text, for the title. */
    private static String plain(Graph g, Node claim) {
        return List.of("subject", "predicate", "object").stream()
                .map(term -> objects(g, claim, term).stream().map(n -> Html.name(g, n)).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" "));
    }

    private static List<Node> objects(Graph g, Node claim, String term) {
        return g.find(claim, Vocab.ng(term), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }
}
