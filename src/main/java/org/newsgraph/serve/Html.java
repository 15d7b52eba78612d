package org.newsgraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Vocab;

/**
 * Small HTML helpers for the pages: escaping, the display name of a node (an English label
 * first; rankings, measurements and roles by value), and links (our IRIs to their page on this
 * server, web IRIs to themselves).
 * Every piece of data passes through {@link #escape} before it reaches the page.
 */
final class Html {
    /** The namespace of everything newsgraph mints; its IRIs are served under the same paths here. */
    static final String BASE = "https://w3id.org/newsgraph/";

    private Html() {
    }

    /** {@code text} with {@code & < > " '} escaped, safe in element content and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The name to show for {@code node}: an English {@code rdfs:label}, else an untagged one, else
     * any label, else a {@code skos:prefLabel}, else the literal value, the entity key, or the IRI
     * (prefixed when the graph knows its namespace).
     */
    static String name(Graph graph, Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        java.util.Optional<String> value = ValueNames.name(graph, node);
        if (value.isPresent()) {
            return value.get();
        }
        for (Node property : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            List<Node> labels = graph.find(node, property, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(Node::isLiteral).toList();
            if (!labels.isEmpty()) {
                return labels.stream().min(Comparator.comparingInt(Html::languageRank)
                        .thenComparing(Node::getLiteralLexicalForm)).orElseThrow().getLiteralLexicalForm();
            }
        }
        if (node.isURI()) {
            String iri = node.getURI();
            return iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : graph.getPrefixMapping().shortForm(iri);
        }
        return "(unnamed)";
    }

    private static int languageRank(Node label) {
        String language = label.getLiteralLanguage();
        if (language.equalsIgnoreCase("en") || language.toLowerCase(java.util.Locale.ROOT).startsWith("en-")) {
            return 0;
        }
        return language.isEmpty() ? 1 : 2;
    }

    /**
     * A link to {@code node} showing its name: IRIs we mint (entities, documents, claims, ontology
     * terms) link to their page on this server, other web IRIs to themselves.
     */
    static String link(Graph graph, Node node) {
        String name = escape(name(graph, node));
        if (!node.isURI()) {
            return name;
        }
        String href = href(node.getURI());
        return href.isEmpty() ? name : "<a href=\"" + escape(href) + "\">" + name + "</a>";
    }

    /**
     * Where a link to {@code iri} points: the path on this server for IRIs under
     * {@value #BASE} (each path segment percent-encoded), the IRI itself for other web IRIs, else empty.
     */
    static String href(String iri) {
        if (iri.startsWith(BASE)) {
            String local = iri.substring(BASE.length());
            int hash = local.indexOf('#');
            String path = hash < 0 ? local : local.substring(0, hash);
            StringBuilder out = new StringBuilder();
            for (String segment : path.split("/", -1)) {
                out.append('/').append(pathSegment(segment));
            }
            return hash < 0 ? out.toString() : out + local.substring(hash);
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : "";
    }

    /** {@code key} percent-encoded as one URL path segment. */
    static String pathSegment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
