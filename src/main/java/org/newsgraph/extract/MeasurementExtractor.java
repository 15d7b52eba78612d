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
 * The entity is, in order: the one the unit is "of", "for" or "on" ("100 million users on Foo");
 * for a relative clause ("..., which houses 200,000 GPUs") the last one named before it; after a
 * reporting verb ("Foo said its Bar ...") the first one named after the verb, and none if none is
 * ("Foo said it ..." and "Foo reported 4 billion yuan" are about Foo);
 * the first one named in the clause before the number (not one it is compared with: "above X");
 * the model or company the clause points to ("the model", "the startup"); for a clause with no
 * subject of its own the sentence's subject; else the nearest one before; in a table row, the
 * row's model. Numbers the writer
 * estimates ("our RMB 1.0 billion estimate") are skipped. Out: {@code ng:measurement} claims.
 */
public final class MeasurementExtractor implements Extractor {
    private static final Pattern OF_ENTITY = Pattern.compile("^\\s+(?:of|for|on|in|at)\\s+(?:its\\s+|the\\s+|their\\s+)?$");
    private static final Pattern OF_ITS = Pattern.compile("\\b(?:for|on|of)\\s+its\\s+$");
    private static final Pattern RELATIVE = Pattern.compile("^\\s*(?:which|that|who)\\b");
    private static final Pattern RELATIVE_END = Pattern.compile("\\b(?:which|who)\\s*$");
    private static final Pattern REPORTING = Pattern.compile("\\b(?:said|says|say|told|estimates?|estimated|"
            + "expects?|predicts?|forecasts?|believes?|reported|according to)\\b");
    private static final Pattern SAYS_IT = Pattern.compile("^\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|today\\s+|"
            + "yesterday\\s+|last\\s+\\p{Ll}+\\s+)?(?:that\\s+)?it\\s+(?:now\\s+|also\\s+|still\\s+)?"
            + "(?:has|had|have|is|was|employs|serves|counts|reached|reaches)\\b");
    private static final Pattern DIRECT_OBJECT = Pattern.compile("^\\s+(?:(?:about|roughly|nearly|some|around|"
            + "almost|over|more than|an?|record)\\s+)?");
    private static final Pattern COMPARED = Pattern.compile("(?:above|below|than|over|behind|ahead of|versus|vs\\.?)\\s+$");
    private static final Pattern MODEL_WORDS = Pattern.compile("(?i)\\b(?:it|the model|this model|the checkpoint)\\b"
            + "|^\\s*(?:The|This|Its)\\s+[^,]{0,40}\\b(?:model|checkpoint)\\b");
    private static final Pattern COMPANY_WORDS = Pattern.compile("(?i)\\b(?:the|a)\\s+(?:[\\w-]+\\s+)?(?:company|startup|"
            + "firm)\\b");
    private static final Pattern PREDICATE_START = Pattern.compile("^\\s*(?:and\\s+|but\\s+)?(?!(?:a|an|the|its|their|"
            + "this|that|which|who)\\b)\\p{Ll}");
    private static final String[] UNIT_WORDS = Stream.concat(Stream.of("%", "percent", "per cent", "$", "€", "£",
            "¥", "yuan", "rmb", "renminbi", "usd", "hkd", "eur", "gbp", "cny", "dollar", "euro", "pound", "yen", "half",
            "parameter", "token", "gpu", "user"), WordLists.entries("count-units").stream()
            .map(u -> u.toLowerCase(Locale.ROOT))).toArray(String[]::new);
    private static final Pattern INVESTING = Pattern.compile("\\b(?:invest|inject|pour)\\w*\\s+(?:[^,\\s]+\\s+){0,3}$");
    private static final Pattern INTO = Pattern.compile("^\\s+(?:in|into)\\s+");
    private static final Pattern OUR = Pattern.compile("\\bour\\s+(?:[\\w-]+\\s+)?$");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (!ctx.mentionsAny(UNIT_WORDS)) {
            return;
        }
        List<ModelScores.Score> scores = ModelScores.find(ctx);
        for (Amounts.Amount a : Amounts.find(ctx.text(), ctx.sentence().begin(), ctx.sentence().end())) {
            boolean score = scores.stream().anyMatch(s -> s.begin() <= a.begin() && a.begin() < s.end());
            if (score || inside(ctx.mentions(), a) || OUR.matcher(ctx.head(a.begin())).find()) {
                continue;
            }
            Mention subject = subject(ctx, a);
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
            return lastBefore(ctx, clause);
        }
        int saysIt = saysIt(clauseHead);
        if (saysIt >= 0) {
            return Appositive.headOf(ctx, lastBefore(ctx, clause + saysIt), clause + saysIt);
        }
        int from = afterReporting(clauseHead);
        boolean reported = from > 0;
        for (Mention m : ctx.mentions()) {
            if (m.begin() >= clause + from && m.end() <= a.begin()
                    && !COMPARED.matcher(ctx.text().substring(clause + from, m.begin())).find()) {
                return m;
            }
        }
        return pointedTo(ctx, clause, a, reported);
    }

    /** Where the words after the last reporting verb start ("Foo said | its Bar ..."); 0 when none reports. */
    private static int afterReporting(String clauseHead) {
        Matcher reporting = REPORTING.matcher(clauseHead);
        int from = 0;
        while (reporting.find()) {
            String said = clauseHead.substring(reporting.end());
            if (!DIRECT_OBJECT.matcher(said).matches() || reporting.group().startsWith("according")) {
                from = reporting.end();
            }
        }
        return from;
    }

    /** Where a reporting verb about its own subject starts ("Foo | says it has ..."), or -1. */
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
            return lastBefore(ctx, a.begin());
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
                return m;
            }
        }
        return null;
    }

    private static Mention pointedTo(SentenceContext ctx, int clause, Amounts.Amount a, boolean reported) {
        String clauseText = ctx.text().substring(clause, a.begin());
        if (MODEL_WORDS.matcher(ctx.text().substring(clause, StatusCues.clauseEnd(ctx, a.end()))).find()) {
            return ctx.localTopic();
        }
        if (COMPANY_WORDS.matcher(clauseText).find() || COMPANY_WORDS.matcher(ctx.head(a.begin())).find()
                && ctx.mentions().isEmpty()) {
            return ctx.localOrganization();
        }
        if (reported) {
            return null;
        }
        if (PREDICATE_START.matcher(clauseText).find() || ctx.mentions().stream().noneMatch(m -> m.end() <= clause)) {
            Mention first = ModelSubject.sentenceSubject(ctx);
            if (first != null && first.end() <= a.begin()) {
                return first;
            }
            boolean pronoun = ctx.head(a.begin()).matches("(?s)^(?:It|The model|The product)\\b.*");
            boolean price = ctx.rest(a.end()).matches("(?s)^\\s*(?:per|a|an)\\s.*");
            return pronoun || price && ctx.mentions().isEmpty() ? ctx.localTopic() : null;
        }
        return lastBefore(ctx, clause);
    }



    private static Mention lastBefore(SentenceContext ctx, int at) {
        Mention found = null;
        for (Mention m : ctx.mentions()) {
            if (m.end() <= at) {
                found = m;
            }
        }
        return found;
    }
}
