package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;

/**
 * Founders: "Foo was founded in 2012 by A, along with B and C", "Foo, a startup founded and led by
 * A", "Foo was co-founded by A and B". The company is the organization named before "founded"
 * (the head of its appositive); the people are the names listed after "by". In: one sentence; out:
 * {@code ng:hasRole} claims with title founder or co-founder.
 */
public final class FounderExtractor implements Extractor {
    private static final Pattern FOUNDED = Pattern.compile("\\b(co-?)?founded\\s+(?:in\\s+\\d{4}\\s+)?(?:and\\s+"
            + "(?:led|run|chaired)\\s+)?(?:in\\s+\\d{4}\\s+)?by\\s+");
    private static final Pattern ALONG_WITH = Pattern.compile("\\G,?\\s+(?:along with|together with|and)\\s+");
    private static final int REACH = 120;

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (!ctx.mentionsAny("founded")) {
            return;
        }
        Matcher f = FOUNDED.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (f.find()) {
            Mention company = companyBefore(ctx, f.start());
            if (company == null) {
                continue;
            }
            String title = f.group(1) != null ? "co-founder" : "founder";
            ClaimFactory claims = new ClaimFactory(ctx);
            for (Mention person : founders(ctx, f.end())) {
                out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(title, company, false),
                        company.begin(), person.end(), "founded-by", 0.75));
            }
        }
    }

    private static Mention companyBefore(SentenceContext ctx, int founded) {
        List<Mention> orgs = ctx.mentions(Kinds.ORG).stream()
                .filter(m -> m.end() <= founded && founded - m.end() <= REACH).toList();
        return orgs.isEmpty() ? null : Appositive.headOf(ctx, orgs.get(orgs.size() - 1), founded);
    }

    /** The people named after "by", with those added by "along with". */
    private static List<Mention> founders(SentenceContext ctx, int from) {
        List<Mention> out = new ArrayList<>();
        int at = from;
        while (true) {
            List<Mention> named = NameList.at(ctx, at, EntityType.PERSON);
            if (named.isEmpty()) {
                return out;
            }
            out.addAll(named);
            Matcher more = ALONG_WITH.matcher(ctx.text()).region(named.get(named.size() - 1).end(), ctx.sentence().end());
            if (!more.find()) {
                return out;
            }
            at = more.end();
        }
    }
}
