package org.newsgraph.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.Vocab;

/**
 * Availability that cannot hold at once for the same model (a family and its own versions count
 * as the same model; two versions do not): the pairs the ontology marks {@code ng:incompatibleWith}
 * (closed beta vs free tier, closed beta vs open weights, ...), stated within {@link #WINDOW_DAYS}
 * days of each other or with no date known. One conflict per pair of values, linking every claim
 * on either side that has a partner.
 */
final class AvailabilityConflicts implements ConflictRule {
    static final long WINDOW_DAYS = 31;
    private static final Node AVAILABILITY = Vocab.ng("availability");

    @Override
    public List<Conflict> find(List<ClaimRow> claims, GraphView graph) {
        List<ClaimRow> rows = claims.stream()
                .filter(c -> c.asserted() && c.predicate().equals(AVAILABILITY)).toList();
        List<Conflict> out = new ArrayList<>();
        List<Node> values = rows.stream().map(ClaimRow::object).distinct().sorted(Nodes.ORDER).toList();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (graph.incompatible(values.get(i), values.get(j))) {
                    conflict(rows, values.get(i), values.get(j), graph).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private java.util.Optional<Conflict> conflict(List<ClaimRow> rows, Node a, Node b, GraphView graph) {
        Set<ClaimRow> involved = new LinkedHashSet<>();
        for (ClaimRow x : rows) {
            for (ClaimRow y : rows) {
                if (x.object().equals(a) && y.object().equals(b) && sameModel(x, y, graph)
                        && Nodes.withinDays(x.asOf(), y.asOf(), WINDOW_DAYS)) {
                    involved.add(x);
                    involved.add(y);
                }
            }
        }
        if (involved.isEmpty()) {
            return java.util.Optional.empty();
        }
        Node family = graph.familyOf(involved.iterator().next().subject());
        String why = graph.label(family) + ": " + graph.label(a) + " vs " + graph.label(b)
                + " at the same time";
        return java.util.Optional.of(new Conflict("availability", family, why, List.copyOf(involved)));
    }

    private static boolean sameModel(ClaimRow x, ClaimRow y, GraphView graph) {
        Node s = x.subject();
        Node t = y.subject();
        return s.equals(t) || graph.familyOf(s).equals(t) || graph.familyOf(t).equals(s);
    }
}
