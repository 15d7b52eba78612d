package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in a few words what an amount measures, from the words around it: the noun after "of",
 * "on" or "in" ("123 billion yuan on capital expenditure"), a unit price ("per second of generated
 * video"), the verb of a change ("rose 4.2 percent"), a comparison ("40 percent faster than ..."),
 * a company metric ({@link CompanyMetricOwner}), the deal or round the amount is of, or, for sizes, what the size is of ("context window", "parameters"). In: the sentence and the
 * amount; out: the phrase, or null.
 */
final class Measures {
    private static final Pattern OF_NOUN = Pattern.compile("^\\s+(?:of|on|in)\\s+((?:[a-z][a-z-]*\\s?){1,4}?)"
            + "(?=\\s*(?:$|[,.;:()]|\\b(?:in|by|for|to|at|from|since|during|as|and|than|last|this|over)\\b))");
    private static final Pattern PER = Pattern.compile("^\\s+(per\\s+(?:[a-z][a-z-]*\\s?){1,5}|an?\\s+(?:month|year|"
            + "week|day|second|minute))");
    private static final Pattern CHANGE = Pattern.compile("\\b(rose|rise|risen|fell|fall|fallen|gained|gain|dropped|"
            + "declined|increased|grew|cut|reduced|slipped|jumped|climbed|raised|spent|generated|upside)\\s+"
            + "(?:(?:by|another|about|roughly|nearly|some|almost|more than)\\s+)*$");
    private static final Pattern COMPARATIVE = Pattern.compile("^\\s+((?:faster|slower|cheaper|higher|lower|below|"
            + "above|more|less|better|larger|smaller)\\b(?:\\s+[\\p{L}\\d.-]+){0,3})");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s*(?:[a-z-]+\\s+){0,2}?(context window|language model|"
            + "model|checkpoint|round|supercomputer|cluster|agreement|deal|contract|investment)\\b");

    private Measures() { }

    static String of(SentenceContext ctx, Amounts.Amount a) {
        String rest = ctx.rest(a.end());
        Matcher m = PER.matcher(rest);
        if (m.find()) {
            return "price " + m.group(1).strip();
        }
        m = OF_NOUN.matcher(rest);
        if (m.find() && !m.group(1).isBlank()) {
            return m.group(1).strip();
        }
        m = COMPARATIVE.matcher(rest);
        if (m.find()) {
            return m.group(1).strip();
        }
        m = CHANGE.matcher(ctx.head(a.begin()));
        if (m.find()) {
            return m.group(1);
        }
        String metric = CompanyMetricOwner.metric(ctx, a);
        if (metric != null) {
            return metric;
        }
        m = NOUN_AFTER.matcher(rest);
        return m.find() ? m.group(1) : null;
    }
}
