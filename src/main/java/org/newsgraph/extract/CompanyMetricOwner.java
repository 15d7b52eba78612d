package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Whose a company metric is (list {@code company-metric-words}: valuation, revenue, sales, net
 * income, workforce ...). The number is one when the words join it to the metric: "a valuation
 * of more than $3 billion", "whose valuation has soared to $300 billion", "Foo's annualized
 * revenue at the end of June exceeded $90 million", "at a $24 billion post-money valuation", or
 * when a verb values something at it: "valuing the company at $13.5 billion", "would value it
 * around $45 billion", "values Foo at". The owner is, in this order: the organization named as
 * valued ("values Foo at"); the possessor of the metric ("Foo's valuation was around", "whose
 * valuation": the one named before it; "its valuation": the last organization named before, else
 * the company in focus); the company a round is for ("a $475 million seed round for his new
 * company, Foo, at a $4.5 billion valuation"); the first organization of the sentence that is not
 * named as an investor; the company in focus. In: a sentence and an amount; out: the metric's
 * name, and the owner, or null when the number is no metric of a company.
 */
final class CompanyMetricOwner {
    private static final String NOUN = "(?:(?:post-money|pre-money|pre\\s*-\\s*investment|pre-investment|current|"
            + "latest|new|last|previous|implied|reported|estimated|annual|annualized|annualised|quarterly|total|"
            + "recent)\\s+)*(?<metric>" + WordLists.alternation("company-metric-words") + ")";
    private static final String HEDGES = "(?:" + WordLists.alternation("amount-hedges") + "\\s+|(?:no less than|at least|"
            + "a cool|a whopping)\\s+)*";
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?<possessor>(?:'s|’s|\\bits|\\bwhose|\\btheir)\\s+)?"
            + NOUN + "(?:\\s+(?:at|in|for|during|as of|by)\\s+[^,;$€£¥\\d]{1,30}?)?\\s+(?:(?:has|had|have|was|is|were|"
            + "would|will|could|now|already|then|also|reportedly|be|been|"
            + "soared|jumped|risen|rose|climbed|grown|grew|increased|reached|reaching|hit|hitting|exceeds|exceeded|exceeding|"
            + "surpassed|surpassing|topped|topping|stood|stands|set|put|of|at|to|around|near|approaching)\\s+){1,4}"
            + HEDGES + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s*(?:\\([^()]{1,60}\\)\\s*)?" + NOUN + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUES = Pattern.compile("\\bvalu(?:e|es|ed|ing)\\s+(?!(?:at|around|near|to)\\b)"
            + "(?<object>[^,;]{1,60}?)\\s+(?:at|around|near|to)\\s+" + HEDGES + "$");
    private static final Pattern DESCRIBED = Pattern.compile("^(?:it|them|the (?:[\\p{L}-]+\\s+){0,3}(?:company|startup|"
            + "start-up|firm|lab|group|developer|maker|rival|business))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR_COMPANY = Pattern.compile("\\b(?:for|in|into)\\s+(?:" + FundedCompany.OWN_COMPANY + ")");
    private static final Pattern INVESTOR_BEFORE = Pattern.compile("\\b(?:from|by|led by|including|investors?|backers?|"
            + "gives?|giving|gave)"
            + "\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:'s|’s|\\bits|\\bwhose|\\btheir)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}(?:an?\\s+)?~?$");

    private CompanyMetricOwner() { }

    /** The company metric the amount is joined to ("valuation", "revenue"), or null when it is none. */
    static String metric(SentenceContext ctx, Amounts.Amount a) {
        String head = ctx.head(a.begin());
        Matcher before = NOUN_BEFORE.matcher(head);
        if (before.find()) {
            return before.group("metric").toLowerCase(Locale.ROOT);
        }
        if (VALUES.matcher(head).find()) {
            return "valuation";
        }
        Matcher after = NOUN_AFTER.matcher(ctx.rest(a.end()));
        return after.find() ? after.group("metric").toLowerCase(Locale.ROOT) : null;
    }

    /** The owner of a company metric amount, or null when it is none or the sentence does not say whose. */
    static Mention of(SentenceContext ctx, Amounts.Amount a) {
        String head = ctx.head(a.begin());
        Matcher values = VALUES.matcher(head);
        if (values.find()) {
            if (DESCRIBED.matcher(values.group("object")).matches()) {
                return sentenceCompany(ctx);
            }
            int from = ctx.sentence().begin() + values.start("object");
            int to = ctx.sentence().begin() + values.end("object");
            return ctx.mentions(Kinds.ORG).stream().filter(m -> m.begin() >= from && m.end() <= to).findFirst().orElse(null);
        }
        Matcher noun = NOUN_BEFORE.matcher(head);
        if (noun.find()) {
            return possessor(ctx, noun.group("possessor"), ctx.sentence().begin() + noun.start());
        }
        if (!NOUN_AFTER.matcher(ctx.rest(a.end())).find()) {
            return null;
        }
        Matcher possessive = POSSESSIVE_BEFORE.matcher(head);
        return possessive.find() ? possessor(ctx, possessive.group(), ctx.sentence().begin() + possessive.start())
                : sentenceCompany(ctx);
    }

    private static Mention possessor(SentenceContext ctx, String possessive, int at) {
        if (possessive == null) {
            return sentenceCompany(ctx);
        }
        String p = possessive.strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("'s") || p.startsWith("’s")) {
            Mention named = ctx.mentions(Kinds.ORG).stream().filter(m -> m.end() == at).findFirst().orElse(null);
            return named != null ? named : ctx.localOrganization();
        }
        if (p.startsWith("whose")) {
            return lastOrganizationBefore(ctx, at);
        }
        Mention last = lastOrganizationBefore(ctx, at);
        return last != null ? last : ctx.localOrganization();
    }

    private static Mention sentenceCompany(SentenceContext ctx) {
        Matcher forCompany = FOR_COMPANY.matcher(ctx.sentence().text());
        if (forCompany.find()) {
            int after = ctx.sentence().begin() + forCompany.end();
            Mention named = ctx.mentions(Kinds.ORG).stream().filter(m -> m.begin() == after).findFirst().orElse(null);
            if (named != null) {
                return named;
            }
        }
        for (Mention m : ctx.mentions(Kinds.ORG)) {
            if (!INVESTOR_BEFORE.matcher(ctx.head(m.begin())).find() && !FundedCompany.investsAfter(ctx, m)
                    && !NameModifiers.modifies(ctx.text(), m)) {
                return m;
            }
        }
        return ctx.localOrganization();
    }

    private static Mention lastOrganizationBefore(SentenceContext ctx, int at) {
        return ctx.lastBefore(at, m -> Kinds.ORG.test(m) && !NameModifiers.modifies(ctx.text(), m));
    }
}
