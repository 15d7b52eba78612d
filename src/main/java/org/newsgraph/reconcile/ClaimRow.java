package org.newsgraph.reconcile;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One stored claim as the reconciler sees it.
 *
 * @param claim the claim IRI
 * @param subject the entity the claim is about
 * @param predicate the property it states
 * @param object its value (IRI or literal)
 * @param document the document it comes from
 * @param contentHash the document's text hash (equal hashes are not independent sources)
 * @param asOf the date it holds for, or null
 * @param edtf the exact form of a date value, or null
 * @param asserted whether its status makes it a plain triple (stated or reported)
 * @param confidence the rule's confidence
 */
public record ClaimRow(Node claim, Node subject, Node predicate, Node object, Node document,
                       String contentHash, Node asOf, String edtf, boolean asserted, double confidence) {

    public ClaimRow {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
