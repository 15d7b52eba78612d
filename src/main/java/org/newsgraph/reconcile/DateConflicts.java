package org.newsgraph.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.Vocab;

/**
 * Release or announcement dates of the same entity that cannot both be right: their periods (a
 * day, a month, a season, a quarter, a year, read from the claim's EDTF form) do not overlap.
 * "2026" and "2026-04-10" agree; "April 10, 2026" and "June 21, 2026" do not.
 */
final class DateConflicts implements ConflictRule {
    private static final List<Node> DATE_PROPERTIES = List.of(Vocab.ng("releaseDate"),
            Vocab.ng("announcementDate"));

    @Override
    public List<Conflict> find(List<ClaimRow> claims, GraphView graph) {
        Map<String, List<ClaimRow>> byFact = new TreeMap<>();
        for (ClaimRow c : claims) {
            if (c.asserted() && DATE_PROPERTIES.contains(c.predicate()) && c.edtf() != null) {
                byFact.computeIfAbsent(c.subject() + "|" + c.predicate(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<ClaimRow> rows : byFact.values()) {
            List<ClaimRow> involved = new ArrayList<>();
            for (ClaimRow x : rows) {
                if (rows.stream().anyMatch(y -> disjoint(x.edtf(), y.edtf()))) {
                    involved.add(x);
                }
            }
            if (involved.size() >= 2) {
                Node subject = rows.get(0).subject();
                out.add(new Conflict("date", subject, graph.label(subject) + ": "
                        + graph.label(rows.get(0).predicate()) + " given as "
                        + String.join(" and ", involved.stream().map(ClaimRow::edtf).distinct().toList()), involved));
            }
        }
        return out;
    }

    private static boolean disjoint(String a, String b) {
        Optional<LocalDate[]> x = Periods.of(a);
        Optional<LocalDate[]> y = Periods.of(b);
        return x.isPresent() && y.isPresent()
                && (x.get()[1].isBefore(y.get()[0]) || y.get()[1].isBefore(x.get()[0]));
    }
}
