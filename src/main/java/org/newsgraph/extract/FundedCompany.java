package org.newsgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * The company a funding amount is about ("a $2 billion round for Foo", "Foo's $6 billion round",
 * "in Foo, a developer, during a €1.7 billion round"): the organization named after "round for"
 * or "round in", else the nearest organization before the amount that is not the investor (an
 * organization followed by an investing verb). In: the sentence, the amount's offset and where
 * the round words end; out: the company, or null when the sentence does not say.
 */
final class FundedCompany {
    /** "his new company, " before the name of a round's company ("a seed round for his new company, Foo"). */
    static final String OWN_COMPANY = "(?:his|her|their|its)\\s+(?:new\\s+)?(?:company|startup|start-up|venture|firm|lab),\\s+";
    private static final Pattern FOR = Pattern.compile("^\\s+(?:for|in|at|into)\\s+(?:" + OWN_COMPANY + ")?");
    private static final Pattern INVESTOR_VERB = Pattern.compile("^\\s+(?:(?:also|first|has|have|had|then|"
            + "reportedly)\\s+){0,2}" + WordLists.alternation("investing-verbs") + "\\b");

    private FundedCompany() { }

    /** Whether the words after the mention name it as the one who invests ("Foo invested", "Foo has led"). */
    static boolean investsAfter(SentenceContext ctx, Mention m) {
        return INVESTOR_VERB.matcher(ctx.rest(m.end())).find();
    }

    static Mention of(SentenceContext ctx, int amount, int roundEnd) {
        Matcher forCompany = FOR.matcher(ctx.rest(roundEnd));
        if (forCompany.find()) {
            List<Mention> named = NameList.at(ctx, roundEnd + forCompany.end(), EntityType.ORGANIZATION);
            if (!named.isEmpty()) {
                return named.get(0);
            }
        }
        Mention nearest = ctx.lastBefore(amount, Kinds.ORG);
        if (nearest == null || investsAfter(ctx, nearest)) {
            return null;
        }
        return Appositive.headOf(ctx, nearest, amount);
    }
}
