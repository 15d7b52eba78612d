package org.newsgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of evaluating one gold folder: one {@link CaseResult} per article and the folder's
 * floors; scores are micro-averaged over all articles.
 */
public record Evaluation(List<CaseResult> cases, Floors floors) {

    public Evaluation {
        cases = List.copyOf(cases);
        Objects.requireNonNull(floors, "floors");
    }

    /** Scores per property over all articles, sorted by property name. */
    public Map<String, Scores> byRelation() {
        Map<String, Scores> out = new TreeMap<>();
        for (CaseResult c : cases) {
            c.byRelation().forEach((relation, s) -> out.merge(relation, s, Scores::plus));
        }
        return out;
    }

    /** Scores over all properties and articles. */
    public Scores overall() {
        return byRelation().values().stream().reduce(Scores.NONE, Scores::plus);
    }

    /** Whether the overall scores reach the folder's floors. */
    public boolean meetsFloors() {
        return floors.heldBy(overall());
    }
}
