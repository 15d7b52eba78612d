package org.newsgraph.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Vocab;

/**
 * Names for the value nodes of n-ary facts, which have hash IRIs: a ranking reads "No. 2 on
 * Leaderboard, category, as of 2026-06-22", a measurement "2.12 percent: risen", a role "chief
 * executive officer, Org (former)"; a conflict is named by its summary. In: a graph holding the node's description
 * and the labels of
 * the nodes it points at; out: the name, or empty when the node is none of these.
 */
final class ValueNames {

    private ValueNames() {
    }

    /** The name of {@code node} by its value, or empty when it is not a ranking, measurement, role or conflict. */
    static Optional<String> name(Graph g, Node node) {
        if (g.contains(node, RDF.type.asNode(), Vocab.ng("Ranking"))) {
            return Optional.of(ranking(g, node));
        }
        if (g.contains(node, RDF.type.asNode(), Vocab.ng("Measurement"))) {
            return Optional.of(measurement(g, node));
        }
        if (g.contains(node, RDF.type.asNode(), Vocab.ng("Role"))) {
            return Optional.of(role(g, node));
        }
        if (g.contains(node, RDF.type.asNode(), Vocab.ng("Conflict"))) {
            return g.find(node, RDFS.comment.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                    .toList().stream().map(Node::getLiteralLexicalForm).sorted().findFirst();
        }
        return Optional.empty();
    }

    private static String ranking(Graph g, Node node) {
        List<String> parts = new ArrayList<>();
        String rank = literal(g, node, "rank");
        Optional<Node> board = object(g, node, "leaderboard");
        parts.add("No. " + (rank.isEmpty() ? "?" : rank)
                + board.map(b -> " on " + Html.name(g, b)).orElse(""));
        addIfPresent(parts, literal(g, node, "category"), "");
        addIfPresent(parts, literal(g, node, "asOf"), "as of ");
        return String.join(", ", parts);
    }

    private static String measurement(Graph g, Node node) {
        String quantity = literal(g, node, "quantity");
        try {
            quantity = new BigDecimal(quantity).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            quantity = quantity.isEmpty() ? "?" : quantity;
        }
        String unit = literal(g, node, "unit");
        String measures = literal(g, node, "measures");
        String asOf = literal(g, node, "asOf");
        return quantity + (unit.isEmpty() ? "" : " " + unit) + (measures.isEmpty() ? "" : ": " + measures)
                + (asOf.isEmpty() ? "" : ", as of " + asOf);
    }

    private static String role(Graph g, Node node) {
        String title = literal(g, node, "title");
        String name = (title.isEmpty() ? "role" : title)
                + object(g, node, "organization").map(o -> ", " + Html.name(g, o)).orElse("");
        return "true".equals(literal(g, node, "former")) ? name + " (former)" : name;
    }

    private static void addIfPresent(List<String> parts, String value, String prefix) {
        if (!value.isEmpty()) {
            parts.add(prefix + value);
        }
    }

    private static Optional<Node> object(Graph g, Node subject, String ngTerm) {
        return g.find(subject, Vocab.ng(ngTerm), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .min((a, b) -> a.toString().compareTo(b.toString()));
    }

    private static String literal(Graph g, Node subject, String ngTerm) {
        return object(g, subject, ngTerm).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }
}
