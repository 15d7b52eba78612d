package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Whose an amount is when the words around it say so outright: a possessive ("Foo's $300 billion
 * valuation"), a price ("Foo snaps up Bar for $400m": Bar's), a training cost ("spent $6 million
 * to train it": the model in focus), a model size ({@link ModelSizes}), a valuation ("valued at
 * $2.4 billion", "takes its valuation to 400 billion yen": the company the sentence is about; "acquire Bar in a
 * deal valued at $20 billion": Bar) or a funding round ({@link FundedCompany}).
 * In: the sentence and an amount; out: the entity, or null (also for a round whose company the
 * sentence does not name: {@link #inRound} tells that case apart).
 */
final class AmountOwner {
    private static final Pattern POSSESSED = Pattern.compile("(?:'s|’s)\\s+(?:(?:reported|estimated|new|latest|planned|"
            + "proposed|total|roughly|about|nearly|over|more than|some|a)\\s+)*~?$");
    private static final Pattern VALUED_AT = Pattern.compile("\\b(?:(?:valued|valuing\\b[^,]{0,40}?)\\s+at|its\\s+valuation\\s+"
            + "(?:to|of|at))\\s+(?:(?:about|around|nearly|roughly|over|more than|some|almost|up to)\\s+)?$");
    private static final Pattern ROUND_AFTER = Pattern.compile("^\\s+(?:(?:to|in|of|into)\\s+)?(?:[^\\s,;.]+\\s+){0,4}?"
            + "(?:round|funding|financing|investment|raise)\\b");
    private static final Pattern FOR_PRICE = Pattern.compile("(?:,[^,]{1,80},)?\\s+for\\s+(?:(?:about|around|roughly|nearly|"
            + "some|more than|over|up to|an? (?:reported|estimated))\\s+)?");
    private static final Pattern BUYING = Pattern.compile("\\b" + WordLists.alternation("acquisition-verbs")
            + "\\s+(?:[\\p{L}-]+\\s+){0,4}$");
    private static final Pattern DEAL = Pattern.compile("\\b(?:deal|transaction|acquisition|takeover|purchase)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?valued\\s+at\\s+(?:(?:about|around|nearly|roughly|over|more than|some|almost|up to)\\s+)?$");
    private static final Pattern TRAINING_COST = Pattern.compile("^\\s+(?:on\\s+|for\\s+)?(?:to\\s+)?"
            + "(?:train|training|build|building|develop|developing)\\s+(?:it|the model|its model)\\b");

    private AmountOwner() { }

    /** Whether the amount is a funding round's, whose owner the sentence may not name. */
    static boolean inRound(SentenceContext ctx, Amounts.Amount a) {
        return ROUND_AFTER.matcher(ctx.rest(a.end())).find();
    }

    /** The owner of the amount, or null. */
    static Mention of(SentenceContext ctx, Amounts.Amount a) {
        Mention owner = possessor(ctx, a);
        if (owner == null) {
            owner = boughtFor(ctx, a);
        }
        if (owner == null && TRAINING_COST.matcher(ctx.rest(a.end())).find()) {
            owner = ctx.localTopic();
        }
        if (owner == null) {
            owner = ModelSizes.subject(ctx, a);
        }
        if (owner == null) {
            owner = CompanyMetricOwner.of(ctx, a);
        }
        if (owner == null && VALUED_AT.matcher(ctx.head(a.begin())).find()) {
            Mention bought = boughtBefore(ctx, a);
            owner = bought != null ? bought : ctx.mentions(Kinds.ORG).stream().filter(m -> m.end() <= a.begin())
                    .findFirst().orElse(ctx.localOrganization());
        }
        Matcher round = ROUND_AFTER.matcher(ctx.rest(a.end()));
        if (owner == null && round.find()) {
            owner = FundedCompany.of(ctx, a.begin(), a.end() + round.end());
        }
        return owner;
    }

    /** "Foo's $300 billion valuation", "Bar’s 109B total parameters": the entity whose amount it is. */
    private static Mention possessor(SentenceContext ctx, Amounts.Amount a) {
        Matcher m = POSSESSED.matcher(ctx.head(a.begin()));
        if (!m.find()) {
            return null;
        }
        int at = ctx.sentence().begin() + m.start();
        return ctx.mentions().stream().filter(x -> x.end() == at && !Kinds.LEADERBOARD.test(x)).findFirst().orElse(null);
    }


    /** "Foo agreed to acquire Bar in a deal valued at $20 billion": Bar, the company the deal buys. */
    private static Mention boughtBefore(SentenceContext ctx, Amounts.Amount a) {
        if (!DEAL.matcher(ctx.head(a.begin())).find()) {
            return null;
        }
        for (Mention m : ctx.mentions(Kinds.ORG)) {
            if (m.end() <= a.begin() && BUYING.matcher(ctx.head(m.begin())).find()) {
                return m;
            }
        }
        return null;
    }

    /** "Foo snaps up Bar for $400m", "Foo agreed to buy Bar, a maker of ..., for about $90 million": the company bought. */
    private static Mention boughtFor(SentenceContext ctx, Amounts.Amount a) {
        int clause = StatusCues.clauseStart(ctx, a.begin());
        for (Mention m : ctx.mentions(Kinds.ORG)) {
            if (m.end() <= a.begin() && FOR_PRICE.matcher(ctx.text().substring(m.end(), a.begin())).matches()
                    && BUYING.matcher(ctx.text().substring(Math.min(clause, m.begin()), m.begin())).find()) {
                return m;
            }
        }
        return null;
    }

}
