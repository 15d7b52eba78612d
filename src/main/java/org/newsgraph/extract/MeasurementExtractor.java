package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.TableRows;
import org.newsgraph.text.WordLists;

/**
 * Numbers the text gives about an entity ({@link Amounts}): money, percentages, sizes and counts.
 * The entity is one the words around the number name outright: its owner by {@link AmountOwner}
 * (a possessive, a price, a valuation, a round, a model size); the one the unit is "of", "for" or
 * "on" ("100 million users on Foo", "15% of Foo's sales"; not "96% of Foo's level", a comparison:
 * word list {@code relative-measure-nouns}); the company invested in ("investing $5 billion in
 * Foo"); for a relative clause ("..., which houses 200,000 GPUs") the last one named before it;
 * "Foo said it has 4 billion users": Foo; the subject of a verb that has the number as its object
 * ("Foo raised $40 million", "Foo has about 120 employees"); in a table row, the row's model. A
 * number whose owner the sentence does not state this way is not claimed (a conversion in
 * parentheses, "400 billion yen ($2.6 billion)", and a number joined to the one before, "17B active
 * parameters out of 400B total", have the owner of the number before): guessing it from the
 * nearest name was wrong two times in three on the real-news batches. Numbers the writer estimates
 * ("our RMB 1.0 billion estimate") are skipped. Out: {@code ng:measurement} claims.
 */
public final class MeasurementExtractor implements Extractor {
    private static final Pattern OF_ENTITY = Pattern.compile("^\\s+(?:of|for|on|in|at)\\s+(?:its\\s+|the\\s+|their\\s+)?$");
    private static final Pattern OF_ITS = Pattern.compile("\\b(?:for|on|of)\\s+its\\s+$");
    private static final Pattern RELATIVE = Pattern.compile("^\\s*(?:which|that|who)\\b");
    private static final Pattern RELATIVE_END = Pattern.compile("\\b(?:which|who)\\s*$");
    private static final String HEDGES = "(?:" + WordLists.alternation("amount-hedges") + "\\s+)*";
    private static final Pattern SUBJECT_VERB = Pattern.compile("(?:\\s+(?:model|app|chatbot|platform|service|"
            + "system)s?)?(?:,[^,]{1,80},|,)?\\s+(?:(?:has|have|had|now|also|already|reportedly|recently|just|then)\\s+)*"
            + "(?:" + WordLists.alternation("amount-verbs") + "|" + WordLists.alternation("feature-verbs")
            + "\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){1,3}(?:of|up to))\\s+" + HEDGES);
    private static final Pattern COMPANY_SUBJECT = Pattern.compile("(?:^|\\s)(?:[Tt]he|[Ii]ts)\\s+(?:[\\w-]+\\s+)?"
            + "(?:company|startup|start-up|firm|lab|group)" + SUBJECT_VERB.pattern() + "$");
    private static final Pattern MODEL_SUBJECT = Pattern.compile("(?:^|\\s)(?:[Tt]he|[Tt]his)\\s+(?:new\\s+)?model"
            + SUBJECT_VERB.pattern() + "$");
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\s*[(（]\\s*(?:~|about\\s+|around\\s+|roughly\\s+)?");
    private static final Pattern SHARES = Pattern.compile("\\b(?:[Ss]hares|[Ss]tock)\\s+(?:of|in)\\s+$");
    private static final String MOVE = WordLists.alternation("price-move-verbs") + "\\s+(?:(?:by|at|up|down)\\s+)?" + HEDGES;
    private static final Pattern SHARE_MOVE = Pattern.compile("\\s+" + MOVE);
    private static final Pattern OWN_SHARES_MOVE = Pattern.compile("[)）]?(?:(?:'s|’s)?\\s+|\\s+saw\\s+its\\s+)(?:shares|stock)"
            + "(?:\\s+price)?\\s+(?:(?:had|have|has|had been|were|was)\\s+)?" + MOVE);
    private static final Pattern REPORTING = Pattern.compile("\\b(?:said|says|say|told|estimates?|estimated|"
            + "expects?|predicts?|forecasts?|believes?|reported|according to)\\b");
    private static final Pattern SAYS_IT = Pattern.compile("^\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|today\\s+|"
            + "yesterday\\s+|last\\s+\\p{Ll}+\\s+)?(?:that\\s+)?it\\s+(?:now\\s+|also\\s+|still\\s+)?"
            + "(?:has|had|have|is|was|employs|serves|counts|reached|reaches)\\b");
    private static final String[] UNIT_WORDS = Stream.concat(Stream.of("%", "percent", "per cent", "$", "€", "£",
            "¥", "yuan", "rmb", "renminbi", "usd", "hkd", "eur", "gbp", "cny", "dollar", "euro", "pound", "yen", "half",
            "parameter", "token", "gpu", "user"), WordLists.entries("count-units").stream()
            .map(u -> u.toLowerCase(Locale.ROOT))).toArray(String[]::new);
    private static final Pattern INVESTING = Pattern.compile("\\b(?:invest|inject|pour)\\w*\\s+(?:[^,\\s]+\\s+){0,3}$");
    private static final Pattern INTO = Pattern.compile("^\\s+(?:in|into)\\s+");
    private static final Pattern CONVERSION = Pattern.compile("(?:\\s*[(（]|(?:\\s+[\\p{Ll}-]+){0,3}(?:\\s+out of|\\s+and|,))"
            + "\\s*(?:about\\s+|around\\s+|approximately\\s+|nearly\\s+|~)?");
    private static final Pattern POSSESSIVE_NEXT = Pattern.compile("['’]s?\\s+(?:[\\w-]+\\s+)?"
            + WordLists.alternation("relative-measure-nouns") + "\\b");
    private static final Pattern OUR = Pattern.compile("\\bour\\s+(?:[\\w-]+\\s+)?$");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (!ctx.mentionsAny(UNIT_WORDS)) {
            return;
        }
        List<ModelScores.Score> scores = ModelScores.find(ctx);
        Mention previous = null;
        int previousEnd = -1;
        for (Amounts.Amount a : Amounts.find(ctx.text(), ctx.sentence().begin(), ctx.sentence().end())) {
            boolean score = scores.stream().anyMatch(s -> s.begin() <= a.begin() && a.begin() < s.end());
            if (score || inside(ctx.mentions(), a) || OUR.matcher(ctx.head(a.begin())).find()) {
                continue;
            }
            boolean converted = previousEnd >= 0 && CONVERSION.matcher(ctx.text().substring(previousEnd, a.begin())).matches();
            Mention subject = converted ? previous : subject(ctx, a);
            previous = subject;
            previousEnd = a.end();
            if (subject != null && !Kinds.LEADERBOARD.test(subject)) {
                boolean inSentence = ctx.mentions().contains(subject);
                int from = inSentence ? Math.min(subject.begin(), a.begin()) : a.begin();
                int to = inSentence ? Math.max(subject.end(), a.end()) : a.end();
                ClaimFactory claims = new ClaimFactory(ctx);
                out.accept(claims.claim(subject, Relation.MEASUREMENT, new ClaimValue.MeasurementValue(a.quantity(),
                        a.unit(), Measures.of(ctx, a)), from, to, "measurement", 0.7, claims.publicationDay()));
            }
        }
    }

    private static boolean inside(List<Mention> mentions, Amounts.Amount a) {
        return mentions.stream().anyMatch(m -> m.begin() <= a.begin() && a.begin() < m.end());
    }

    private static Mention subject(SentenceContext ctx, Amounts.Amount a) {
        if (TableRows.isRow(ctx.sentence())) {
            return ctx.mentions().stream().filter(Kinds.ARTIFACT).findFirst()
                    .orElse(ctx.mentions().isEmpty() ? null : ctx.mentions().get(0));
        }
        Mention owner = AmountOwner.of(ctx, a);
        if (owner != null || AmountOwner.inRound(ctx, a)) {
            return owner;
        }
        Mention after = after(ctx, a);
        if (after != null) {
            return after;
        }
        int clause = StatusCues.clauseStart(ctx, a.begin());
        String clauseHead = ctx.text().substring(clause, a.begin());
        if (RELATIVE.matcher(clauseHead).find() || RELATIVE_END.matcher(ctx.head(clause)).find()) {
            return ctx.lastBefore(clause, m -> true);
        }
        int saysIt = saysIt(clauseHead);
        if (saysIt >= 0) {
            return Appositive.headOf(ctx, ctx.lastBefore(clause + saysIt, m -> true), clause + saysIt);
        }
        Mention subject = verbSubject(ctx, clause, a);
        if (subject == null) {
            subject = ParsedAmountOwner.of(ctx, a.begin(), a.end(), a.unit());
        }
        return subject != null ? subject : ClauseSubject.of(ctx, a);
    }

    /**
     * "Foo raised $40 million", "Foo has about 120 employees", "its Bar model has 30 billion
     * parameters", "the startup has raised $410 million" (the company in focus), "Shares of Foo rose
     * 4.2 percent", "Foo shares had risen another 2.12 percent", "Foo 3 (175B parameters)", "Foo scored 63% on ...".
     */
    private static Mention verbSubject(SentenceContext ctx, int clause, Amounts.Amount a) {
        String head = ctx.text().substring(clause, a.begin());
        if (COMPANY_SUBJECT.matcher(head).find()) {
            return ctx.localOrganization();
        }
        if (MODEL_SUBJECT.matcher(head).find()) {
            return ctx.localTopic();
        }
        for (Mention m : ctx.mentions()) {
            if (m.end() > a.begin()) {
                break;
            }
            String between = ctx.text().substring(m.end(), a.begin());
            if (IN_PARENTHESES.matcher(between).matches() || OWN_SHARES_MOVE.matcher(between).matches()
                    || m.begin() >= clause && SHARES.matcher(ctx.text().substring(clause, m.begin())).find()
                    && SHARE_MOVE.matcher(between).matches()) {
                return m;
            }
            if (SUBJECT_VERB.matcher(between).matches()) {
                return Appositive.headOf(ctx, m, a.begin());
            }
        }
        return null;
    }

    private static int saysIt(String clauseHead) {
        Matcher reporting = REPORTING.matcher(clauseHead);
        while (reporting.find()) {
            if (SAYS_IT.matcher(clauseHead.substring(reporting.end())).find()) {
                return reporting.start();
            }
        }
        return -1;
    }

    /**
     * "100 million users on Foo" / "for its 1 billion users" (its: the last one named) / "is
     * investing $5 billion in its rival Foo" (the company invested in).
     */
    private static Mention after(SentenceContext ctx, Amounts.Amount a) {
        if (OF_ITS.matcher(ctx.head(a.begin())).find()) {
            return ctx.lastBefore(a.begin(), m -> true);
        }
        Matcher into = INTO.matcher(ctx.rest(a.end()));
        if (INVESTING.matcher(ctx.head(a.begin())).find() && into.find()) {
            List<Mention> invested = NameList.at(ctx, a.end() + into.end(), EntityType.ORGANIZATION);
            if (!invested.isEmpty()) {
                return invested.get(0);
            }
        }
        for (Mention m : ctx.mentions()) {
            if (m.begin() >= a.end() && OF_ENTITY.matcher(ctx.text().substring(a.end(), m.begin())).matches()) {
                return POSSESSIVE_NEXT.matcher(ctx.rest(m.end())).lookingAt() ? null : m;
            }
        }
        return null;
    }
}
