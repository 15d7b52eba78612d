package org.newsgraph.serve;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Vocab;

/**
 * The ontology as an HTML page: the ontology's title and description, then its classes, object
 * properties, datatype and other properties, datatypes, and concept schemes with their concepts.
 * Each term, concepts included, has an anchor named by its local name (so {@code /ontology#Model}
 * lands on {@code ng:Model} and {@code /ontology#Beta} on the concept) and shows its label,
 * comment or definition, alignments (subclass, subproperty, equivalent, inverse, see also),
 * domain and range; each class lists the entities and documents of that class that the graph
 * holds. In: a graph with the ontology, the instances' types and their labels
 * ({@link OntologyServlet}); out: an HTML document.
 */
final class OntologyPage {
    private static final Node ONTOLOGY = NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH);
    private static final List<Node> ALIGNMENTS = List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(),
            OWL.equivalentClass.asNode(), OWL.equivalentProperty.asNode(), OWL.inverseOf.asNode(),
            RDFS.seeAlso.asNode());

    private OntologyPage() {
    }

    /** The page; {@code instances} is how many instances per class {@code g} holds at most. */
    static String render(Graph g, int instances) {
        String comment = SourceNames.literal(g, ONTOLOGY, RDFS.comment.asNode());
        return Page.render(Html.escape(Html.name(g, ONTOLOGY)), "<p><code>" + Html.escape(Vocab.NG) + "</code> "
                + Html.escape(SourceNames.literal(g, ONTOLOGY, OWL.versionInfo.asNode())) + "</p>\n<p>"
                + Html.escape(comment) + "</p>\n"
                + section(g, "Classes", OWL.Class.asNode(), instances)
                + section(g, "Object properties", OWL.ObjectProperty.asNode(), 0)
                + section(g, "Datatype properties", OWL.DatatypeProperty.asNode(), 0)
                + section(g, "Other properties", RDF.Property.asNode(), 0)
                + section(g, "Datatypes", RDFS.Datatype.asNode(), 0)
                + section(g, "Concept schemes", SKOS.ConceptScheme.asNode(), 0), true);
    }

    private static String section(Graph g, String heading, Node type, int instances) {
        List<Node> terms = g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(Vocab.NG)).toList().stream()
                .sorted(Comparator.comparing(Node::getURI)).toList();
        if (terms.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>" + heading + "</h2>\n");
        terms.forEach(t -> html.append(term(g, t, instances)));
        return html.toString();
    }

    private static String term(Graph g, Node t, int instances) {
        String local = t.getURI().substring(Vocab.NG.length());
        StringBuilder html = new StringBuilder("<section id=\"").append(Html.escape(local)).append("\"><h3>ng:")
                .append(Html.escape(local)).append(" \u2014 ").append(Html.escape(Html.name(g, t))).append("</h3>\n<p>");
        String comment = SourceNames.literal(g, t, RDFS.comment.asNode());
        html.append(Html.escape(comment.isEmpty() ? SourceNames.literal(g, t, SKOS.definition.asNode()) : comment))
                .append("</p>\n<dl>\n");
        for (Node p : ALIGNMENTS) {
            item(html, g.getPrefixMapping().shortForm(p.getURI()), links(g, objects(g, t, p)));
        }
        item(html, "domain", links(g, objects(g, t, RDFS.domain.asNode())));
        item(html, "range", links(g, objects(g, t, RDFS.range.asNode())));
        List<Node> concepts = g.find(Node.ANY, SKOS.inScheme.asNode(), t).mapWith(Triple::getSubject)
                .filterKeep(c -> c.isURI() && c.getURI().startsWith(Vocab.NG)).toList()
                .stream().sorted(Comparator.comparing(Node::toString)).toList();
        item(html, "concepts", concepts.isEmpty() ? "" : concepts.stream().map(c -> "<li id=\""
                + Html.escape(c.getURI().substring(Vocab.NG.length())) + "\">" + link(g, c) + " (" + Html.escape(Html.name(g, c))
                + "): " + Html.escape(SourceNames.literal(g, c, SKOS.definition.asNode())) + "</li>")
                .collect(Collectors.joining("\n", "<ul>\n", "</ul>")));
        if (instances > 0) {
            List<Node> members = g.find(Node.ANY, RDF.type.asNode(), t).mapWith(Triple::getSubject)
                    .filterKeep(OntologyPage::isListed).toList().stream()
                    .sorted(Comparator.comparing(n -> Html.name(g, n))).toList();
            item(html, "entities", links(g, members) + (members.size() >= instances ? ", \u2026" : ""));
        }
        return html.append("</dl></section>\n").toString();
    }

    /** Whether {@code node} is listed among the instances of its class: entities and documents. */
    static boolean isListed(Node node) {
        return node.isURI() && (node.getURI().startsWith(Vocab.ID) || node.getURI().startsWith(Vocab.DOC));
    }

    private static void item(StringBuilder html, String term, String valueHtml) {
        if (!valueHtml.isEmpty()) {
            html.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
        }
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream()
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static String links(Graph g, List<Node> nodes) {
        return nodes.stream().map(n -> link(g, n)).collect(Collectors.joining(", "));
    }

    /** Terms of ng: link to their anchor on this page; other IRIs as {@link Html#link}. */
    private static String link(Graph g, Node n) {
        if (n.isURI() && n.getURI().startsWith(Vocab.NG)) {
            String local = n.getURI().substring(Vocab.NG.length());
            return "<a href=\"#" + Html.escape(local) + "\">ng:" + Html.escape(local) + "</a>";
        }
        if (n.isURI() && !n.getURI().startsWith(Html.BASE) && g.find(n, RDFS.label.asNode(), Node.ANY).toList().isEmpty()) {
            return "<a href=\"" + Html.escape(n.getURI()) + "\">"
                    + Html.escape(g.getPrefixMapping().shortForm(n.getURI()))
                    + "</a>";
        }
        return Html.link(g, n);
    }
}
