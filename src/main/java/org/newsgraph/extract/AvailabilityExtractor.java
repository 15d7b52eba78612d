package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.time.DateMention;
import org.newsgraph.time.TemporalValue;

/**
 * How a model can be had: "an open-source video generation model" (open weights), "currently in
 * closed beta", "exposed as an API", "a free tier", "for enterprise customers", "limited preview".
 * The model is the one named in the sentence before the cue, else the document's topic model when
 * the sentence speaks of "it", "the model" or "the product". Negated or hypothetical clauses are
 * skipped; "scheduled to open on April 30" becomes a planned claim dated April 30. Out:
 * {@code ng:availability} claims holding as of the date in their clause or the publication date.
 */
public final class AvailabilityExtractor implements Extractor {
    private record Cue(Pattern pattern, String concept) { }

    private static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("\\bopen[- ](?:source|weights?)\\b(?!\\s+(?:contenders?|rivals?|competitors?|alternatives?|ecosystems?|options?|labs?|teams?|systems|movement|community))", Pattern.CASE_INSENSITIVE), "OpenWeights"),
            new Cue(Pattern.compile("\\bclosed beta\\b", Pattern.CASE_INSENSITIVE), "ClosedBeta"),
            new Cue(Pattern.compile("\\b(?:in|still in|open) beta(?: testing)?\\b", Pattern.CASE_INSENSITIVE), "Beta"),
            new Cue(Pattern.compile("\\blimited preview\\b", Pattern.CASE_INSENSITIVE), "LimitedPreview"),
            new Cue(Pattern.compile("\\b(?:an|the|via|through|its) (?:[a-z]+ )?API\\b|\\bAPI (?:access|launch)\\b"), "API"),
            new Cue(Pattern.compile("\\bfree tier\\b", Pattern.CASE_INSENSITIVE), "FreeTier"),
            new Cue(Pattern.compile("\\bconsumer[- ](?:facing|app|apps|product|tier)\\b", Pattern.CASE_INSENSITIVE), "ConsumerApp"),
            new Cue(Pattern.compile("\\benterprise (?:customers|access|tier|API|license|plan)\\b", Pattern.CASE_INSENSITIVE), "Enterprise"),
            new Cue(Pattern.compile("\\b(?:paid (?:plan|tier|subscription)|premium subscription)\\b", Pattern.CASE_INSENSITIVE), "PaidPlan"));
    private static final Pattern PRONOUN = Pattern.compile("^(?:It|The model|The product)\\b");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
            while (m.find()) {
                emit(ctx, cue.concept(), m.start(), m.end(), out);
            }
        }
    }

    private static void emit(SentenceContext ctx, String concept, int begin, int end, Consumer<Claim> out) {
        int clauseFrom = StatusCues.clauseStart(ctx, begin);
        String clause = ctx.text().substring(clauseFrom, StatusCues.clauseEnd(ctx, end));
        if (StatusCues.negatedOrHypothetical(clause)) {
            return;
        }
        Mention model = subject(ctx, begin);
        if (model == null) {
            return;
        }
        boolean topic = model == ctx.topic();
        int from = topic ? begin : Math.min(model.begin(), begin);
        int to = topic ? end : Math.max(model.end(), end);
        TemporalValue asOf = dateIn(ctx, clauseFrom, StatusCues.clauseEnd(ctx, end));
        ClaimFactory claims = new ClaimFactory(ctx);
        out.accept(claims.claim(model, Relation.AVAILABILITY, new ClaimValue.ConceptValue(concept), from,
                to, topic ? "availability-topic" : "availability", topic ? 0.6 : 0.75,
                asOf != null ? asOf : claims.publicationDay()));
    }

    /**
     * The model a cue speaks of: one named in the cue's own clause before it, else one the clause
     * stands in apposition to ("X, an open-source model"), else the sentence's
     * subject when that is a model, else the topic model when the sentence opens with "it" or
     * "the model".
     */
    private static Mention subject(SentenceContext ctx, int cueBegin) {
        int clause = StatusCues.clauseStart(ctx, cueBegin);
        Mention inClause = null;
        for (Mention m : ctx.mentions(Kinds.MODEL)) {
            if (m.begin() >= clause && m.end() <= cueBegin) {
                inClause = m;
            }
        }
        if (inClause != null) {
            return inClause;
        }
        for (Mention m : ctx.mentions(Kinds.MODEL)) {
            if (m.end() <= clause && ctx.text().substring(m.end(), clause).matches("[\\s,;:(—–-]*")) {
                return m;
            }
        }
        Mention first = sentenceSubject(ctx);
        if (first != null && Kinds.MODEL.test(first) && first.begin() - ctx.sentence().begin() <= 40
                && first.end() <= cueBegin) {
            return first;
        }
        return PRONOUN.matcher(ctx.head(cueBegin)).find() && ctx.mentions(Kinds.MODEL).isEmpty()
                ? ctx.topic() : null;
    }

    /** The first mention of the sentence, or the model it owns ("Halcyon Cloud's Stratus 1.5"). */
    private static Mention sentenceSubject(SentenceContext ctx) {
        List<Mention> ms = ctx.mentions();
        if (ms.isEmpty()) {
            return null;
        }
        if (ms.size() > 1 && Kinds.ORG.test(ms.get(0))
                && ctx.between(ms.get(0), ms.get(1)).matches("(?:'s|’s|')\\s+")) {
            return ms.get(1);
        }
        return ms.get(0);
    }

    private static TemporalValue dateIn(SentenceContext ctx, int from, int to) {
        for (DateMention d : ctx.dates()) {
            if (d.begin() >= from && d.end() <= to) {
                return d.value();
            }
        }
        return null;
    }
}
