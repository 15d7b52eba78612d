package org.newsgraph.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.Vocab;

/**
 * Different ranks for the same model on the same leaderboard, in the same category, on the same
 * date: one model cannot be No. 1 and No. 2 at once.
 */
final class RankingConflicts implements ConflictRule {
    private static final Node RANKING = Vocab.ng("ranking");

    @Override
    public List<Conflict> find(List<ClaimRow> claims, GraphView graph) {
        Map<String, List<ClaimRow>> bySlot = new TreeMap<>();
        for (ClaimRow c : claims) {
            if (c.asserted() && c.predicate().equals(RANKING) && c.object().isURI()) {
                String slot = c.subject() + "|" + text(graph, c.object(), "leaderboard") + "|"
                        + text(graph, c.object(), "category") + "|" + text(graph, c.object(), "asOf");
                bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(c);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<ClaimRow> rows : bySlot.values()) {
            long ranks = rows.stream().map(r -> text(graph, r.object(), "rank")).distinct().count();
            if (ranks > 1) {
                Node subject = rows.get(0).subject();
                String board = graph.value(rows.get(0).object(), Vocab.ng("leaderboard")).map(graph::label).orElse("?");
                out.add(new Conflict("ranking", subject, graph.label(subject) + ": " + ranks
                        + " different ranks on " + board + " for the same date", rows));
            }
        }
        return out;
    }

    private static String text(GraphView graph, Node ranking, String property) {
        return graph.value(ranking, Vocab.ng(property)).map(Node::toString).orElse("");
    }
}
