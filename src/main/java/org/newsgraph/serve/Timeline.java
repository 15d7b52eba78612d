package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Vocab;

/**
 * The dated timeline of an entity page: each claim about the entity placed at its date (the date
 * it states, such as a release date, else the date it holds as of, else its source's publication
 * date), oldest first, leaving out claims that only give it another name; the same statement on
 * the same date from several sources is one line listing them all. In: the description graph and
 * the entity; out: an HTML fragment.
 */
final class Timeline {
    /** Claims that only name the entity are not events. */
    private static final Set<Node> NAMES = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode());
    private static final Set<String> DATE_TYPES = Set.of(XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDgYearMonth.getURI(), XSDDatatype.XSDgYear.getURI());

    private Timeline() {
    }

    /** The timeline, or a line saying no dated fact is known. */
    static String render(Graph g, Node entity) {
        Map<String, Set<String>> lines = new TreeMap<>();
        for (Node claim : g.find(Node.ANY, Vocab.ng("subject"), entity).mapWith(Triple::getSubject).toList()) {
            if (first(g, claim, Vocab.ng("predicate")).filter(NAMES::contains).isPresent()) {
                continue;
            }
            date(g, claim).ifPresent(date -> lines.computeIfAbsent(date + "\u0000" + statement(g, claim),
                    k -> new LinkedHashSet<>()).add(SourceNames.ofClaim(g, claim)));
        }
        if (lines.isEmpty()) {
            return "<p>No dated facts.</p>\n";
        }
        StringBuilder html = new StringBuilder("<ol class=\"timeline\">\n");
        lines.forEach((key, sources) -> {
            String date = key.substring(0, key.indexOf('\u0000'));
            List<String> named = new ArrayList<>(sources);
            named.removeIf(String::isEmpty);
            html.append("<li><time datetime=\"").append(Html.escape(date)).append("\">").append(Html.escape(date))
                    .append("</time>").append(key.substring(key.indexOf('\u0000') + 1))
                    .append(named.isEmpty() ? "" : " <small>(" + String.join("; ", named) + ")</small>")
                    .append("</li>\n");
        });
        return html.append("</ol>\n").toString();
    }

    private static Optional<String> date(Graph g, Node claim) {
        Optional<String> stated = first(g, claim, Vocab.ng("object")).filter(Timeline::isDate)
                .map(Node::getLiteralLexicalForm);
        return stated.or(() -> first(g, claim, Vocab.ng("asOf")).filter(Timeline::isDate).map(Node::getLiteralLexicalForm))
                .or(() -> first(g, claim, SourceNames.DERIVED_FROM)
                        .flatMap(d -> first(g, d, Vocab.ng("publicationDate"))).filter(Timeline::isDate)
                        .map(Node::getLiteralLexicalForm));
    }

    private static String statement(Graph g, Node claim) {
        return " <em>" + first(g, claim, Vocab.ng("predicate")).map(p -> Html.escape(Html.name(g, p))).orElse("")
                + "</em> " + first(g, claim, Vocab.ng("object")).map(o -> Html.link(g, o)).orElse("");
    }

    private static boolean isDate(Node node) {
        return node.isLiteral() && DATE_TYPES.contains(node.getLiteralDatatypeURI());
    }

    private static Optional<Node> first(Graph g, Node subject, Node predicate) {
        return g.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .min((a, b) -> a.toString().compareTo(b.toString()));
    }
}
