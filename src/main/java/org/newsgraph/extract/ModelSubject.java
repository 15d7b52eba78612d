package org.newsgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Which model a cue about "how it is offered" or "what it does" speaks of. In: a sentence and the
 * cue's offset. Out, in order of preference: a model named in the cue's clause before it; a model
 * the clause stands in apposition to ("X, an open-source model"); the model pointed to when the
 * clause opens with "it" or "the model"; the sentence's subject when that is a model; the model
 * pointed to when the sentence opens with "It", "The model" or "The weights" and names no model;
 * the one model of a sentence whose subject is an organization ("Foo released Bar 2, a ... model,
 * under the MIT license"); null otherwise.
 */
final class ModelSubject {
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:It|The model|The models|This model|"
            + "These models|The product|The weights|The model weights|They|Output)\\b");
    private static final Pattern CLAUSE_PRONOUN = Pattern.compile("^\\s*(?:and\\s+|but\\s+)?(?:it|the model|"
            + "this model)\\b", Pattern.CASE_INSENSITIVE);
    private static final int SUBJECT_REACH = 40;

    private ModelSubject() { }

    static Mention of(SentenceContext ctx, int cueBegin) {
        int clause = StatusCues.clauseStart(ctx, cueBegin);
        List<Mention> models = ctx.mentions(Kinds.MODEL);
        Mention named = namedNear(ctx, models, clause, cueBegin);
        if (named != null) {
            return named;
        }
        if (CLAUSE_PRONOUN.matcher(ctx.text().substring(clause, cueBegin)).find() && models.stream()
                .noneMatch(m -> m.end() <= cueBegin) || PRONOUN_START.matcher(ctx.sentence().text()).find()) {
            return ctx.localTopic();
        }
        Mention first = sentenceSubject(ctx);
        if (first != null && Kinds.MODEL.test(first) && first.begin() - ctx.sentence().begin() <= SUBJECT_REACH
                && first.end() <= cueBegin) {
            return first;
        }
        return onlyModel(ctx, models, cueBegin);
    }

    /** A model named in the clause before the cue, else one the clause stands in apposition to. */
    private static Mention namedNear(SentenceContext ctx, List<Mention> models, int clause, int cueBegin) {
        Mention inClause = null;
        for (Mention m : models) {
            if (m.begin() >= clause && m.end() <= cueBegin) {
                inClause = m;
            }
        }
        if (inClause != null) {
            return inClause;
        }
        for (Mention m : models) {
            if (m.end() <= clause && ctx.text().substring(m.end(), clause).matches("[\\s,;:(—–-]*")) {
                return m;
            }
        }
        return null;
    }

    /** The one model of a sentence whose subject is an organization, with nothing named between. */
    private static Mention onlyModel(SentenceContext ctx, List<Mention> models, int cueBegin) {
        if (models.isEmpty() || models.stream().map(Kinds::familyOf).distinct().count() != 1) {
            return null;
        }
        Mention only = models.get(0);
        boolean nothingBetween = ctx.mentions().stream().noneMatch(m -> m.begin() >= only.end() && m.end() <= cueBegin);
        return only.end() <= cueBegin && nothingBetween && Kinds.ORG.test(ctx.mentions().get(0)) ? only : null;
    }

    /** The first mention of the sentence, or the model it owns ("Foo Cloud's Bar 1.5"). */
    static Mention sentenceSubject(SentenceContext ctx) {
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
}
