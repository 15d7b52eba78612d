package org.newsgraph.extract;

import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * The organization or model a sentence opens with, taken as the owner of a number later in the
 * sentence when no closer rule names one: "Foo Robotics pulled $600 million in
 * November", "Foo has signed a $14 billion agreement with Bar", "Foo 2 employs an
 * architecture featuring 384 experts". The name may follow a short adverbial ("In 2021, ") and a
 * few descriptive words ("Chinese AI startup "). Not taken when another organization or model is
 * named between the name and the number, when a report or a "that" clause comes between ("Foo
 * reported that ...", list {@code reporting-verbs}), when a verb gives the amount away (list
 * {@code amount-giving-verbs}: "Foo will buy $2 billion worth of Bar shares"), or for a model's
 * size given to an organization. An opening possessive gives the thing possessed ("Foo's upcoming Bar
 * series will feature 432GB"). In: a sentence and an amount; out: the owner, or null.
 */
final class ClauseSubject {
    private static final Pattern OPENING = Pattern.compile("^(?:[^,]{1,40},\\s*)?(?:[\\p{L}\\p{N}&.’'-]+\\s+){0,5}$");
    private static final Pattern NOT_OPENING = Pattern.compile("\\b(?:that|said|says|according|reported|when|if|as|"
            + "while|after|before|than|like|including|such)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERVENING = Pattern.compile("\\b(?:that|which|who|whose|while|whereas|but|than|"
            + "compared|versus|vs|" + WordLists.alternation("reporting-verbs") + "|"
            + WordLists.alternation("amount-giving-verbs") + ")\\b|[;:()]", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|['’])\\s+(?:[\\p{Ll}-]+\\s+){0,3}");
    private static final int MAX_GAP = 160;

    private ClauseSubject() { }

    /** The owner of the amount, or null. */
    static Mention of(SentenceContext ctx, Amounts.Amount a) {
        Mention first = possessed(ctx, ctx.mentions().stream().filter(m -> Kinds.ORG.test(m) || Kinds.ARTIFACT.test(m))
                .findFirst().orElse(null));
        if (first == null || first.end() > a.begin() || a.begin() - first.end() > MAX_GAP) {
            return null;
        }
        String opening = ctx.head(first.begin());
        if (!OPENING.matcher(opening).matches() || NOT_OPENING.matcher(opening).find()) {
            return null;
        }
        boolean another = ctx.mentions().stream().anyMatch(m -> m != first && m.begin() >= first.end()
                && m.end() <= a.begin() && (Kinds.ORG.test(m) || Kinds.ARTIFACT.test(m)));
        String between = ctx.text().substring(first.end(), a.begin());
        if (another || INTERVENING.matcher(between).find()) {
            return null;
        }
        boolean modelSize = a.unit() != null && (a.unit().endsWith("parameters") || a.unit().endsWith("tokens"));
        return modelSize && !Kinds.ARTIFACT.test(first) ? null : first;
    }

    /** The model or product a possessive names ("Foo's upcoming Bar series" is Bar), else the mention itself. */
    static Mention possessed(SentenceContext ctx, Mention first) {
        if (first == null) {
            return null;
        }
        return ctx.mentions().stream().filter(m -> m.begin() > first.end() && Kinds.ARTIFACT.test(m)).findFirst()
                .filter(m -> possessive(ctx.text().substring(first.end(), m.begin()), first)).orElse(first);
    }

    private static boolean possessive(String gap, Mention owner) {
        boolean bareApostrophe = !gap.startsWith("'s") && !gap.startsWith("’s");
        return POSSESSIVE.matcher(gap).matches() && (!bareApostrophe || owner.surface().endsWith("s"));
    }
}
