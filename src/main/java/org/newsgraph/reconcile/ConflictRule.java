package org.newsgraph.reconcile;

import java.util.List;

/**
 * One kind of disagreement. In: the claims about one model family or entity (its versions
 * included) and read access to the rest of the graph. Out: the conflicts found; nothing is
 * overwritten or dropped.
 */
public interface ConflictRule {

    /** The conflicts among {@code claims}. */
    List<Conflict> find(List<ClaimRow> claims, GraphView graph);
}
