package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.time.TemporalValue;

/**
 * Builds claims for one sentence: sets the evidence span and derives the status from the cue
 * words of the sentence and of the clause the evidence lies in (with a relative clause that
 * follows it: "an open-source version, which is rumoured to launch in July").
 */
public final class ClaimFactory {
    private static final Pattern RELATIVE_NEXT = Pattern.compile("^,\\s+which\\s");
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
        Matcher relative = RELATIVE_NEXT.matcher(ctx.rest(clauseTo));
        if (relative.find()) {
            clauseTo = StatusCues.clauseEnd(ctx, clauseTo + relative.end());
        }
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
