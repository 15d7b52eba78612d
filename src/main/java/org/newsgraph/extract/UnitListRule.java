package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Lists of units that belong to one organization: "the five units merged into Y were A (...),
 * B (...) and C", "Y's research division, which includes A and B" and "Y (YY), which centralized
 * key assets including A and B into one group". Names inside parentheses
 * are explanations, not list members. Out: {@code ng:subOrganizationOf} claims, one per member.
 */
final class UnitListRule {
    private static final Pattern MERGED_WERE = Pattern.compile("(?:merged|consolidated|folded|combined)"
            + "\\s+into\\s+(?:the\\s+)?$");
    private static final Pattern LIST_START = Pattern.compile("^\\s+(?:were|are|include|included|"
            + "comprise|comprised)\\b");
    private static final Pattern DIVISION_INCLUDES = Pattern.compile("^(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,4}"
            + "(?:division|unit|group|arm|organi[sz]ation|operations),\\s+(?:which\\s+)?(?:includes|"
            + "including|comprises|comprising|spans)\\b");

    private static final Pattern CENTRALIZED = Pattern.compile("^(?:\\s*[(（][^)）]{1,20}[)）])?,\\s+which\\s+"
            + "(?:centrali[sz]ed|consolidated|brought together|combined|merged|groups|grouped)\\s+[^;.]{0,40}?"
            + "\\b(?:including|such as|like)\\s+");

    private UnitListRule() { }

    static void apply(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        for (Mention parent : ms) {
            if (!Kinds.ORG.test(parent)) {
                continue;
            }
            String after = ctx.rest(parent.end());
            boolean merged = MERGED_WERE.matcher(ctx.head(parent.begin())).find()
                    && LIST_START.matcher(after).find();
            boolean includes = DIVISION_INCLUDES.matcher(after).find();
            Matcher centralized = CENTRALIZED.matcher(after);
            if (merged || includes) {
                members(ctx, parent, merged ? "unit-list-merged" : "division-includes", out);
            } else if (centralized.find()) {
                int end = parent.end() + centralized.end();
                int stop = StatusCues.clauseEnd(ctx, end);
                ctx.mentions().stream().filter(m -> m.begin() >= end && m.end() <= stop && Kinds.ORG.test(m)
                        && !m.key().equals(parent.key())).forEach(m -> out.accept(new ClaimFactory(ctx).claim(m,
                        Relation.SUB_ORGANIZATION_OF, new ClaimValue.EntityValue(parent), parent.begin(), m.end(),
                        "centralized-into", 0.7)));
            }
        }
    }

    private static void members(SentenceContext ctx, Mention parent, String rule, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        for (Mention m : ctx.mentions()) {
            if (m.begin() >= parent.end() && parenDepth(ctx.text(), parent.end(), m.begin()) == 0
                    && Kinds.ORG.test(m) && !m.key().equals(parent.key())) {
                out.accept(claims.claim(m, Relation.SUB_ORGANIZATION_OF,
                        new ClaimValue.EntityValue(parent), parent.begin(), m.end(), rule, 0.75));
            }
        }
    }

    private static int parenDepth(String text, int from, int to) {
        int d = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                d++;
            } else if ((c == ')' || c == '）') && d > 0) {
                d--;
            }
        }
        return d;
    }
}
