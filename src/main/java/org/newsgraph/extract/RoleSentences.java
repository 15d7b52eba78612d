package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Roles stated by a whole clause: "Foo has appointed Jane Doe as chief financial officer", "Doe was
 * previously CFO of Bar" (a former role), "Its chief executive, Jane Doe, ..." (the company of the
 * sentences before). In: a sentence and the index of a person mention in it. Out: {@code ng:hasRole}.
 */
final class RoleSentences {
    private static final Pattern APPOINTED = Pattern.compile("\\b(?:has\\s+|have\\s+)?(?:appointed|named|hired|"
            + "promoted|tapped)\\s+$");
    private static final Pattern AS_TITLE = Pattern.compile("^\\s+(?:as|to)\\s+(?:its\\s+|the\\s+|new\\s+)*("
            + RoleExtractor.TITLE + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WAS_TITLE = Pattern.compile("^\\s+(?:was|is|had been|has been)\\s+(previously\\s+|"
            + "formerly\\s+|once\\s+|now\\s+|also\\s+)?(?:the\\s+|a\\s+|an\\s+)?(" + RoleExtractor.TITLE
            + ")\\s+(?:of|at)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITS_TITLE = Pattern.compile("^(?:Its|The company's|The company’s)\\s+("
            + RoleExtractor.TITLE + "),\\s+$", Pattern.CASE_INSENSITIVE);

    private RoleSentences() { }

    static void apply(SentenceContext ctx, int i, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        Mention person = ms.get(i);
        ClaimFactory claims = new ClaimFactory(ctx);
        Matcher as = AS_TITLE.matcher(ctx.rest(person.end()));
        if (i > 0 && Kinds.ORG.test(ms.get(0)) && APPOINTED.matcher(ctx.head(person.begin())).find() && as.find()) {
            out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(as.group(1), ms.get(0), false),
                    ms.get(0).begin(), person.end() + as.end(), "appointed", 0.8, claims.publicationDay()));
        }
        if (i + 1 < ms.size() && Kinds.ORG.test(ms.get(i + 1))) {
            Matcher was = WAS_TITLE.matcher(ctx.between(person, ms.get(i + 1)));
            if (was.matches()) {
                boolean former = was.group(1) != null && !was.group(1).strip().matches("(?i)now|also");
                out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(was.group(2), ms.get(i + 1),
                        former), person.begin(), ms.get(i + 1).end(), "was-title", 0.75, claims.publicationDay()));
            }
        }
        Matcher its = ITS_TITLE.matcher(ctx.head(person.begin()));
        if (its.matches() && ctx.localOrganization() != null) {
            out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(its.group(1),
                    ctx.localOrganization(), false), ctx.sentence().begin(), person.end(), "its-title", 0.7,
                    claims.publicationDay()));
        }
    }
}
