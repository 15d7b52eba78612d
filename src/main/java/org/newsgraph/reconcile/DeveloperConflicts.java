package org.newsgraph.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.Vocab;

/**
 * Two makers named for the same model (or product) that are not the same organization, neither
 * belongs to the other, and no organization holds both: "developed by the Foo Vision Team" and
 * "by Foo Group" agree (the team is inside the group), as do two labs of one group working
 * together; "by Foo Group" and "by Bar Inc." do not.
 */
final class DeveloperConflicts implements ConflictRule {
    private static final Node DEVELOPED_BY = Vocab.ng("developedBy");

    @Override
    public List<Conflict> find(List<ClaimRow> claims, GraphView graph) {
        Map<String, List<ClaimRow>> bySubject = new TreeMap<>();
        claims.stream().filter(c -> c.asserted() && c.predicate().equals(DEVELOPED_BY))
                .forEach(c -> bySubject.computeIfAbsent(c.subject().toString(), k -> new ArrayList<>()).add(c));
        List<Conflict> out = new ArrayList<>();
        for (List<ClaimRow> rows : bySubject.values()) {
            List<Node> makers = rows.stream().map(ClaimRow::object).distinct().sorted(Nodes.ORDER).toList();
            for (int i = 0; i < makers.size(); i++) {
                for (int j = i + 1; j < makers.size(); j++) {
                    Node a = makers.get(i);
                    Node b = makers.get(j);
                    if (!graph.related(a, b) && !graph.shareParent(a, b)) {
                        List<ClaimRow> involved = rows.stream()
                                .filter(r -> r.object().equals(a) || r.object().equals(b)).toList();
                        Node subject = rows.get(0).subject();
                        out.add(new Conflict("developer", subject, graph.label(subject) + ": developed by "
                                + graph.label(a) + " or by " + graph.label(b), involved));
                    }
                }
            }
        }
        return out;
    }
}
