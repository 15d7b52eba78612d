package org.newsgraph.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;

/**
 * The search page, {@code GET /search?q=TEXT}: looks the text up in the jena-text index, among
 * names (entities, documents, ontology terms) and evidence text (claims and sentences), and lists
 * the hits linked to their pages, with the matching evidence. The text goes into the query as a
 * literal by substitution, never as query text; Lucene syntax applies, and text Lucene cannot read
 * gets a message instead of hits. In: the request; out: an HTML page (without {@code q}, just the form).
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The most hits listed in each of the two sections. */
    static final int MAX_HITS = 30;
    private static final int MAX_QUERY_CHARS = 200;
    private static final Query NAMES = QueryFactory.create("PREFIX text: <http://jena.apache.org/text#> "
            + "SELECT DISTINCT ?s WHERE { ?s text:query (?q " + MAX_HITS + ") }");
    private static final Query EVIDENCE = QueryFactory.create("PREFIX text: <http://jena.apache.org/text#> "
            + "PREFIX nif: <" + Vocab.NIF + "> SELECT ?s ?text WHERE { (?s ?score ?text) text:query (nif:anchorOf ?q "
            + MAX_HITS + ") } ORDER BY DESC(?score)");

    private final transient DatasetGraph dataset;

    /** A search page over the text index of {@code dataset}. */
    SearchServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (q.length() > MAX_QUERY_CHARS) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "search text longer than " + MAX_QUERY_CHARS);
            return;
        }
        String body;
        try {
            body = q.isEmpty() ? "<p>Type a name or words from the articles.</p>\n"
                    : Txn.calculateRead(dataset, () -> results(q));
        } catch (RuntimeException e) {
            body = "<p>Could not read that search (Lucene syntax: <code>\"exact phrase\"</code>, "
                    + "<code>beta AND api</code>, <code>seed*</code>).</p>\n";
        }
        ResourceServlet.writeHtml(response, Page.render(q.isEmpty() ? "Search" : "Search: " + Html.escape(q), body,
                false, q));
    }

    private String results(String q) {
        Graph union = dataset.getUnionGraph();
        StringBuilder html = new StringBuilder("<h2>Names</h2>\n");
        Set<Node> names = new LinkedHashSet<>();
        run(NAMES, q, b -> names.add(b.get("s")));
        html.append(names.isEmpty() ? "<p>No names match.</p>\n" : list(union, new ArrayList<>(names)));
        html.append("<h2>Evidence</h2>\n<ul class=\"hits\">\n");
        List<String> evidence = new ArrayList<>();
        run(EVIDENCE, q, b -> evidence.add(evidenceHit(union, b.get("s"),
                b.contains("text") ? b.get("text").getLiteralLexicalForm() : "")));
        evidence.stream().distinct().forEach(html::append);
        return html.append(evidence.isEmpty() ? "<li>No evidence matches.</li>\n" : "").append("</ul>\n").toString();
    }

    private void run(Query query, String q, java.util.function.Consumer<Binding> each) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                .substitution(Var.alloc("q"), NodeFactory.createLiteralString(q)).build()) {
            exec.select().forEachRemaining(each);
        }
    }

    private static String list(Graph union, List<Node> nodes) {
        StringBuilder html = new StringBuilder("<ul class=\"hits\">\n");
        nodes.forEach(n -> html.append("<li>").append(Html.link(union, n)).append(types(union, n)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    private static String types(Graph union, Node node) {
        List<String> types = union.find(node, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY)
                .mapWith(Triple::getObject).toList().stream().map(t -> Html.name(union, t)).sorted().toList();
        return types.isEmpty() ? "" : " <small>" + Html.escape(String.join(", ", types)) + "</small>";
    }

    /** A claim hit links to the claim; a sentence hit to its document; both name the source. */
    private static String evidenceHit(Graph union, Node node, String text) {
        Node document = union.find(node, SourceNames.DERIVED_FROM, Node.ANY)
                .andThen(union.find(node, Vocab.nif("referenceContext"), Node.ANY))
                .mapWith(Triple::getObject).toList().stream().findFirst().orElse(null);
        String href = node.isURI() ? Html.href(node.getURI()) : "";
        return "<li><a href=\"" + Html.escape(href) + "\">\u201c" + Html.escape(text) + "\u201d</a>"
                + (document == null ? "" : " " + SourceNames.link(union, document)) + "</li>\n";
    }
}
