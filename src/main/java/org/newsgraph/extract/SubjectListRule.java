package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * A sentence whose subject is an organization that made several models: "Foo's AI research
 * division, which includes ..., has produced ... models, including the Nova family and the Orbit
 * series". Only models after a list word ("including", "such as") count. Models that another
 * organization's name directly precedes ("Bar's Gen-3") are left to the pair rules. Out:
 * {@code ng:developedBy} claims.
 */
final class SubjectListRule {
    private static final Pattern SUBJECT_VERB = Pattern.compile("^(?:(?:'s|’s)\\s+[^,;]{1,60})?"
            + "(?:,\\s+which\\s+[^,;]{1,120},)?\\s+(?:(?:has|have|had)\\s+)?(?:also\\s+)?(?:produced|"
            + "released|developed|built|shipped|launched|created|open-sourced)\\b");
    private static final Pattern LIST_CUE = Pattern.compile("^[^;.]{0,120}?\\b(?:including|such as|"
            + "among them|notably)\\b");
    private static final Pattern OWNED_BY_OTHER = Pattern.compile("(?:'s|’s|')\\s+$|^\\s*$");

    private SubjectListRule() { }

    static void apply(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        if (ms.isEmpty() || !Kinds.ORG.test(ms.get(0))
                || !ctx.head(ms.get(0).begin()).matches("(?:The\\s+)?")) {
            return;
        }
        Mention maker = ms.get(0);
        Matcher verb = SUBJECT_VERB.matcher(ctx.rest(maker.end()));
        if (!verb.find()) {
            return;
        }
        Matcher list = LIST_CUE.matcher(ctx.rest(maker.end() + verb.end()));
        if (!list.find()) {
            return;
        }
        int after = maker.end() + verb.end() + list.end();
        ClaimFactory claims = new ClaimFactory(ctx);
        for (int i = 1; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.begin() >= after && Kinds.ARTIFACT.test(m) && !madeByOther(ctx, ms.get(i - 1), m)) {
                out.accept(claims.claim(m, Relation.DEVELOPED_BY, new ClaimValue.EntityValue(maker),
                        maker.begin(), m.end(), "subject-list", 0.7));
            }
        }
    }

    private static boolean madeByOther(SentenceContext ctx, Mention previous, Mention model) {
        return Kinds.ORG.test(previous) && OWNED_BY_OTHER.matcher(ctx.between(previous, model)).find();
    }
}
