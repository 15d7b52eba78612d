package org.newsgraph.extract;

import java.util.Objects;
import org.newsgraph.mention.Mention;
import org.newsgraph.time.TemporalValue;

/**
 * One statement extracted from a sentence.
 *
 * @param subject the entity the statement is about
 * @param relation the property stated
 * @param object the value
 * @param evidence the sentence and exact words
 * @param rule the name of the extraction rule that fired
 * @param confidence how sure the rule is, in [0, 1]
 * @param status stated, reported, planned or rumoured
 * @param asOf the date the statement holds for, or null
 */
public record Claim(Mention subject, Relation relation, ClaimValue object, Evidence evidence,
                    String rule, double confidence, Status status, TemporalValue asOf) {

    public Claim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(status, "status");
        if (rule == null || !rule.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("bad rule name: " + rule);
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of (0,1]: " + confidence);
        }
        if (object instanceof ClaimValue.EntityValue e && e.entity().key().equals(subject.key())) {
            throw new IllegalArgumentException("a claim may not relate an entity to itself");
        }
    }

    /** The same claim with another status. */
    public Claim withStatus(Status s) {
        return new Claim(subject, relation, object, evidence, rule, confidence, s, asOf);
    }
}
