package org.newsgraph.serve;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Vocab;

/**
 * The disagreements section of a page: every {@code ng:Conflict} in the description graph (about
 * the resource itself, about a family it is a version or variant of, or naming one of its claims),
 * with its summary, kind and what it is about, and each conflicting claim linked to its page with
 * its evidence text and source. In: the description graph; out: an HTML fragment.
 */
final class ConflictList {
    private static final Node CONFLICTING = Vocab.ng("conflictingClaim");

    private ConflictList() {
    }

    /** The list, or a line saying none was found. */
    static String render(Graph g) {
        List<Node> conflicts = g.find(Node.ANY, RDF.type.asNode(), Vocab.ng("Conflict")).mapWith(Triple::getSubject)
                .toList().stream().sorted(Comparator.comparing((Node c) -> SourceNames.literal(g, c, RDFS.comment.asNode()))
                        .thenComparing(Node::toString, Comparator.naturalOrder())).toList();
        if (conflicts.isEmpty()) {
            return "<p>None found.</p>\n";
        }
        StringBuilder html = new StringBuilder("<ul class=\"conflicts\">\n");
        conflicts.forEach(c -> html.append(item(g, c)));
        return html.append("</ul>\n").toString();
    }

    private static String item(Graph g, Node conflict) {
        StringBuilder html = new StringBuilder("<li class=\"conflict\">")
                .append(Html.escape(SourceNames.literal(g, conflict, RDFS.comment.asNode())))
                .append(" (").append(Html.escape(SourceNames.literal(g, conflict, Vocab.ng("conflictKind")))).append(')');
        List<Node> about = objects(g, conflict, Vocab.ng("about"));
        if (!about.isEmpty()) {
            html.append(", about ");
            about.forEach(a -> html.append(Html.link(g, a)).append(' '));
        }
        html.append("\n<ul>\n");
        for (Node claim : objects(g, conflict, CONFLICTING)) {
            String anchor = SourceNames.literal(g, claim, Vocab.nif("anchorOf"));
            html.append("<li><a href=\"").append(Html.escape(Html.href(claim.getURI()))).append("\">")
                    .append(anchor.isEmpty() ? "claim" : "\u201c" + Html.escape(anchor) + "\u201d").append("</a> ")
                    .append(SourceNames.ofClaim(g, claim)).append("</li>\n");
        }
        return html.append("</ul></li>\n").toString();
    }

    private static List<Node> objects(Graph g, Node subject, Node predicate) {
        return g.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList()
                .stream().sorted(Comparator.comparing(Node::getURI)).toList();
    }
}
