package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Makers named in a relative clause after the thing made: "Bar, the family of models that Foo and
 * the Baz Lab have released", "Bar 2, which Foo released in October". In: a sentence. Out: one {@code ng:developedBy} claim per maker.
 */
final class RelativeAttribution {
    private static final Pattern BEFORE_MAKER = Pattern.compile("^,\\s+(?:(?:the|an?)\\s+[^,;()]{0,80}?\\s+)?(?:that|which)"
            + "\\s+(?:the\\s+)?$");
    private static final Pattern AND = Pattern.compile("^\\s+and\\s+(?:the\\s+)?$");
    private static final Pattern VERB_AFTER = Pattern.compile("^\\s+(?:(?:have|has|had)\\s+)?(?:released|developed|"
            + "built|trained|shipped|launched|created|open-sourced)\\b");

    private RelativeAttribution() { }

    static void apply(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention made = ms.get(i);
            if (!Kinds.ARTIFACT.test(made) || !Kinds.ORG.test(ms.get(i + 1))
                    || !BEFORE_MAKER.matcher(ctx.between(made, ms.get(i + 1))).matches()) {
                continue;
            }
            List<Mention> makers = new ArrayList<>(List.of(ms.get(i + 1)));
            int j = i + 1;
            while (j + 1 < ms.size() && Kinds.ORG.test(ms.get(j + 1))
                    && AND.matcher(ctx.between(ms.get(j), ms.get(j + 1))).matches()) {
                makers.add(ms.get(++j));
            }
            Matcher verb = VERB_AFTER.matcher(ctx.rest(ms.get(j).end()));
            if (verb.find()) {
                ClaimFactory claims = new ClaimFactory(ctx);
                for (Mention maker : makers) {
                    out.accept(claims.claim(made, Relation.DEVELOPED_BY, new ClaimValue.EntityValue(maker),
                            made.begin(), ms.get(j).end() + verb.end(), "relative-maker", 0.75));
                }
            }
        }
    }
}
