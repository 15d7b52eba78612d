package org.newsgraph.reconcile;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * Claims that cannot all hold: their kind (availability, developer, ranking, release date), the
 * entity they are about, a one-line explanation, and the claims (at least two).
 */
public record Conflict(String kind, Node subject, String explanation, List<ClaimRow> claims) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(explanation, "explanation");
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("a conflict needs at least two claims");
        }
    }
}
