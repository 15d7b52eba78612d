package org.newsgraph.extract;

import org.newsgraph.mention.Mention;
import org.newsgraph.time.TemporalValue;

/**
 * Builds claims for one sentence: sets the evidence span and derives the status from the cue
 * words of the sentence and of the clause the evidence lies in.
 */
public final class ClaimFactory {
    private final SentenceContext ctx;

    public ClaimFactory(SentenceContext ctx) {
        this.ctx = ctx;
    }

    /** A claim about {@code subject} stated by the words in [begin, end). */
    public Claim claim(Mention subject, Relation relation, ClaimValue value, int begin, int end,
                       String rule, double confidence) {
        return claim(subject, relation, value, begin, end, rule, confidence, null);
    }

    /** As {@link #claim(Mention, Relation, ClaimValue, int, int, String, double)}, with a date it holds for. */
    public Claim claim(Mention subject, Relation relation, ClaimValue value, int begin, int end,
                       String rule, double confidence, TemporalValue asOf) {
        int clauseFrom = StatusCues.clauseStart(ctx, begin);
        int clauseTo = StatusCues.clauseEnd(ctx, end);
        String clause = ctx.text().substring(clauseFrom, Math.max(clauseFrom, clauseTo));
        Status status = StatusCues.status(ctx.head(begin), clause);
        return new Claim(subject, relation, value, ctx.evidence(begin, end), rule, confidence,
                status, asOf);
    }

    /** The publication date as a day value, or null when unknown. */
    public TemporalValue publicationDay() {
        return ctx.published().asOptional().map(TemporalValue::day).orElse(null);
    }
}
