package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.WordLists;

/**
 * Roles their holders leave in the sentence that names them: "Jane Doe, chief technology officer
 * at Foo, along with the company's research chief John Roe, resigned on Wednesday" makes both roles
 * former. The verb (list {@code departure-verbs}) comes after the role's evidence, in the past, with
 * no report ({@code reporting-verbs}) or relative clause between; a founder stays one (list
 * {@code lasting-titles}). In: a sentence and a claim; out:
 * the claim, its role made former when its holder left it.
 */
final class Departures {
    private static final Pattern LEFT = Pattern.compile("(?<!\\bto\\s)\\b" + WordLists.alternation("departure-verbs")
            + "\\b");
    private static final Pattern BLOCKED = Pattern.compile("\\b(?:" + WordLists.alternation("reporting-verbs")
            + "|who|which|that|after|before|when|since|because)\\b|;", Pattern.CASE_INSENSITIVE);

    private static final Pattern LASTING = Pattern.compile("\\b" + WordLists.alternation("lasting-titles") + "\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CAPTION_END = Pattern.compile("\\s*[,)]");

    private Departures() { }

    /** "Foo CEO Jane Doe, left, and ...": a photo caption's position, no departure. */
    private static boolean caption(String after, Matcher left) {
        return left.group().equals("left") && CAPTION_END.matcher(after.substring(left.end())).lookingAt();
    }

    /** The claim, with its role former when the sentence says its holder left after naming it. */
    static Claim apply(SentenceContext ctx, Claim c) {
        if (c.relation() != Relation.ROLE || !(c.object() instanceof ClaimValue.RoleValue role) || role.former()
                || LASTING.matcher(role.title()).find()) {
            return c;
        }
        String after = ctx.rest(c.evidence().end());
        Matcher left = LEFT.matcher(after);
        if (!left.find() || BLOCKED.matcher(after.substring(0, left.start())).find() || caption(after, left)) {
            return c;
        }
        return new Claim(c.subject(), c.relation(), new ClaimValue.RoleValue(role.title(), role.organization(), true),
                c.evidence(), c.rule(), c.confidence(), c.status(), c.asOf());
    }
}
