package org.newsgraph.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Vocab;

/**
 * The HTML page of one entity, for people in a browser: its name, types, other names and
 * same-as links; a picture of its neighbourhood ({@link Neighbourhood}); the dated timeline of its
 * facts ({@link Timeline}); its facts (outgoing triples, neighbours linked to their own pages, with how many
 * sources state each and their combined confidence); the disagreements between sources about it
 * or its family ({@link ConflictList});
 * what points at it; the claims about it with their evidence sentences and sources ({@link EvidenceTable});
 * and links to the same description as Turtle, N-Triples, JSON-LD and RDF/XML.
 * In: the description graph of {@link EntityDescription} and the entity; out: an HTML document.
 */
final class EntityPage {
    private static final Set<Node> HEADER_PREDICATES = Set.of(RDF.type.asNode(), RDFS.label.asNode(),
            SKOS.altLabel.asNode(), OWL.sameAs.asNode());
    private static final List<Node> RECORDS = List.of(Vocab.ng("Claim"), Vocab.ng("Conflict"), Vocab.ng("Support"));

    private EntityPage() {
    }

    /** The page of {@code entity}. */
    static String render(Graph description, Node entity) {
        String name = Html.escape(Html.name(description, entity));
        String picture = Neighbourhood.render(description, entity);
        return Page.render(name, "<p><code>" + Html.escape(entity.getURI()) + "</code></p>\n"
                + header(description, entity)
                + (picture.isEmpty() ? "" : "<h2>Neighbourhood</h2>\n" + picture + Neighbourhood.legend())
                + "<h2>Timeline</h2>\n" + Timeline.render(description, entity)
                + "<h2>Facts</h2>\n" + facts(description, entity)
                + "<h2>Disagreements between sources</h2>\n" + ConflictList.render(description)
                + "<h2>Referred to by</h2>\n" + incoming(description, entity)
                + "<h2>Evidence</h2>\n" + EvidenceTable.render(description), true);
    }

    private static String header(Graph g, Node entity) {
        StringBuilder html = new StringBuilder("<dl>\n");
        item(html, "type", g, objects(g, entity, RDF.type.asNode()));
        item(html, "also known as", g, objects(g, entity, SKOS.altLabel.asNode()));
        item(html, "same as", g, objects(g, entity, OWL.sameAs.asNode()));
        return html.append("</dl>\n").toString();
    }

    private static void item(StringBuilder html, String term, Graph g, List<Node> values) {
        if (values.isEmpty()) {
            return;
        }
        html.append("<dt>").append(term).append("</dt><dd>");
        for (int i = 0; i < values.size(); i++) {
            html.append(i > 0 ? ", " : "").append(Html.link(g, values.get(i)));
        }
        html.append("</dd>\n");
    }

    private static String facts(Graph g, Node entity) {
        List<Triple> triples = g.find(entity, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !HEADER_PREDICATES.contains(t.getPredicate()))
                .sorted(byNames(g)).toList();
        if (triples.isEmpty()) {
            return "<p>None.</p>\n";
        }
        StringBuilder html = new StringBuilder("<table>\n<tr><th></th><th></th><th>sources</th>"
                + "<th>combined confidence</th></tr>\n");
        triples.forEach(t -> html.append("<tr><th>").append(Html.escape(Html.name(g, t.getPredicate())))
                .append("</th><td>").append(Html.link(g, t.getObject())).append("</td>").append(support(g, t))
                .append("</tr>\n"));
        return html.append("</table>\n").toString();
    }

    /** The source count and combined confidence of the ng:Support of {@code fact}, or empty cells. */
    private static String support(Graph g, Triple fact) {
        for (Triple s : g.find(Node.ANY, RDF.subject.asNode(), fact.getSubject()).toList()) {
            Node record = s.getSubject();
            if (g.contains(record, RDF.predicate.asNode(), fact.getPredicate())
                    && g.contains(record, RDF.object.asNode(), fact.getObject())) {
                return "<td>" + Html.escape(literal(g, record, Vocab.ng("sourceCount"))) + "</td><td>"
                        + Html.escape(literal(g, record, Vocab.ng("combinedConfidence"))) + "</td>";
            }
        }
        return "<td></td><td></td>";
    }

    private static String literal(Graph g, Node subject, Node predicate) {
        return g.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList()
                .stream().map(Node::getLiteralLexicalForm).sorted().findFirst().orElse("");
    }

    private static String incoming(Graph g, Node entity) {
        List<Triple> triples = g.find(Node.ANY, Node.ANY, entity).toList().stream()
                .filter(t -> RECORDS.stream().noneMatch(type -> g.contains(t.getSubject(), RDF.type.asNode(), type)))
                .sorted(byNames(g)).toList();
        if (triples.isEmpty()) {
            return "<p>Nothing.</p>\n";
        }
        StringBuilder html = new StringBuilder("<table>\n");
        triples.forEach(t -> html.append("<tr><td>").append(Html.link(g, t.getSubject())).append("</td><th>")
                .append(Html.escape(Html.name(g, t.getPredicate()))).append("</th></tr>\n"));
        return html.append("</table>\n").toString();
    }

    private static Comparator<Triple> byNames(Graph g) {
        return Comparator.comparing((Triple t) -> Html.name(g, t.getPredicate()))
                .thenComparing(t -> Html.name(g, t.getSubject()))
                .thenComparing(t -> Html.name(g, t.getObject()));
    }

    private static List<Node> objects(Graph g, Node subject, Node predicate) {
        return g.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(n -> Html.name(g, n))).toList();
    }
}
