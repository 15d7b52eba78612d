package org.newsgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the extraction did on one article: the lines it extracted, the gold lines it missed and
 * the extracted lines that match no gold line, with scores per relation (property name).
 */
public record CaseResult(GoldCase goldCase, List<GoldLine> found, List<GoldLine> missed,
                         List<GoldLine> falsePositives) {

    public CaseResult {
        Objects.requireNonNull(goldCase, "goldCase");
        found = List.copyOf(found);
        missed = List.copyOf(missed);
        falsePositives = List.copyOf(falsePositives);
    }

    /** Scores per property, sorted by property name. */
    public Map<String, Scores> byRelation() {
        Map<String, Scores> out = new TreeMap<>();
        for (GoldLine g : goldCase.gold()) {
            out.merge(g.property(), new Scores(0, 0, 1, missed.contains(g) ? 0 : 1), Scores::plus);
        }
        for (GoldLine f : found) {
            out.merge(f.property(), new Scores(1, falsePositives.contains(f) ? 0 : 1, 0, 0), Scores::plus);
        }
        return out;
    }
}
