package org.newsgraph.serve;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Vocab;

/**
 * The neighbourhood picture of an entity page, drawn by the server as inline SVG (no script): the
 * entity in the middle, the entities it is directly related to around it, each linked to its
 * page, with the relation written on the line and coloured by kind: organisation tree (units,
 * owners), models (developed by, version of, variant of), competitors (compared with), other.
 * In: the description graph and the entity; out: an SVG element, or empty without neighbours.
 */
final class Neighbourhood {
    /** The most neighbours drawn; the facts table lists them all. */
    static final int MAX_NEIGHBOURS = 16;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 460;
    private static final int LABEL_CHARS = 26;
    private static final Map<String, String> COLOURS = Map.of("subOrganizationOf", "#1f5fbf", "ownedBy", "#1f5fbf",
            "developedBy", "#2e8b3a", "versionOf", "#2e8b3a", "variantOf", "#2e8b3a", "comparedWith", "#c0392b");
    private static final List<Node> SKIPPED = List.of(Vocab.ng("Claim"), Vocab.ng("Conflict"), Vocab.ng("Support"),
            Vocab.ng("Ranking"), Vocab.ng("Measurement"), Vocab.ng("Role"));

    /** One line of the picture: the relation, the other entity, and whether the line points at it. */
    private record Edge(Node predicate, Node other, boolean outgoing) {
    }

    private Neighbourhood() {
    }

    /** The SVG, or "" when the entity has no related entities. */
    static String render(Graph g, Node entity) {
        Set<Node> seen = new HashSet<>();
        List<Edge> edges = Stream.concat(
                g.find(entity, Node.ANY, Node.ANY).toList().stream().map(t -> new Edge(t.getPredicate(), t.getObject(), true)),
                g.find(Node.ANY, Node.ANY, entity).toList().stream().map(t -> new Edge(t.getPredicate(), t.getSubject(), false)))
                .filter(e -> isEntity(g, e.other()) && !e.other().equals(entity))
                .sorted(Comparator.comparing((Edge e) -> colour(e.predicate())).thenComparing(e -> Html.name(g, e.other())))
                .filter(e -> seen.add(e.other())).limit(MAX_NEIGHBOURS).toList();
        if (edges.isEmpty()) {
            return "";
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"neighbourhood\" width=\""
                + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\">"
                + "<title>Neighbourhood of " + Html.escape(Html.name(g, entity)) + "</title>\n");
        StringBuilder nodes = new StringBuilder(node(g, entity, WIDTH / 2, HEIGHT / 2, "#333", true));
        for (int i = 0; i < edges.size(); i++) {
            double angle = 2 * Math.PI * i / edges.size() - Math.PI / 2;
            int x = (int) Math.round(WIDTH / 2.0 + (WIDTH / 2.0 - 110) * Math.cos(angle));
            int y = (int) Math.round(HEIGHT / 2.0 + (HEIGHT / 2.0 - 40) * Math.sin(angle));
            svg.append(edge(g, edges.get(i), WIDTH / 2, HEIGHT / 2, x, y));
            nodes.append(node(g, edges.get(i).other(), x, y, colour(edges.get(i).predicate()), false));
        }
        svg.append(nodes);
        return svg.append("</svg>\n").toString();
    }

    private static boolean isEntity(Graph g, Node node) {
        return node.isURI() && node.getURI().startsWith(Vocab.ID)
                && SKIPPED.stream().noneMatch(type -> g.contains(node, RDF.type.asNode(), type));
    }

    private static String colour(Node predicate) {
        String local = predicate.isURI() && predicate.getURI().startsWith(Vocab.NG)
                ? predicate.getURI().substring(Vocab.NG.length()) : "";
        return COLOURS.getOrDefault(local, "#888888");
    }

    private static String edge(Graph g, Edge e, int x1, int y1, int x2, int y2) {
        String label = (e.outgoing() ? "" : "\u2190 ") + Html.name(g, e.predicate()) + (e.outgoing() ? " \u2192" : "");
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\""
                + colour(e.predicate()) + "\" stroke-width=\"1.5\"/><text x=\"" + (x1 + x2) / 2 + "\" y=\""
                + ((y1 + y2) / 2 - 3) + "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">"
                + Html.escape(shorten(label)) + "</text>\n";
    }

    private static String node(Graph g, Node n, int x, int y, String colour, boolean centre) {
        String name = Html.escape(shorten(Html.name(g, n)));
        String shape = "<rect x=\"" + (x - 90) + "\" y=\"" + (y - 14) + "\" width=\"180\" height=\"28\" rx=\"14\" fill=\""
                + (centre ? "#ffe98a" : "#fff") + "\" stroke=\"" + colour + "\"/><text x=\"" + x + "\" y=\"" + (y + 4)
                + "\" font-size=\"12\" text-anchor=\"middle\"" + (centre ? " font-weight=\"bold\"" : "") + ">" + name + "</text>";
        return centre ? shape + "\n" : "<a href=\"" + Html.escape(Html.href(n.getURI())) + "\">" + shape + "</a>\n";
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1).strip() + "\u2026";
    }

    /** The colour legend under the picture. */
    static String legend() {
        return "<p><small>Lines: <span style=\"color:#1f5fbf\">organisation tree</span>, "
                + "<span style=\"color:#2e8b3a\">models</span>, <span style=\"color:#c0392b\">competitors</span>, "
                + "<span style=\"color:#888888\">other</span>.</small></p>\n";
    }
}
