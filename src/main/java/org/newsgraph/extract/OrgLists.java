package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Coordinated organization mentions ending at a given one: "A, B and C", "A, software maker B,
 * and C", "A as well as B" (names the rules have not recognised are read by {@link NameList}).
 * In: the sentence and the list's last mention; out: the organizations of the list in text order.
 */
final class OrgLists {
    private static final String DESCRIPTOR = "(?!(?:which|who|that|whose|said|says|is|was|were|are|has|have|had|in|"
            + "of|to|from|by|with|for|on|at|led|also|while|other)\\b)[\\p{Ll}-]+\\s+";
    private static final Pattern JOINER = Pattern.compile("(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+(?:and|&)\\s+"
            + "|,?\\s+as well as\\s+)(?:" + DESCRIPTOR + "){0,3}");

    private OrgLists() { }

    /** The list whose last name ends at mention index {@code last}, read backwards. */
    static List<Mention> endingWith(SentenceContext ctx, Mention last) {
        List<Mention> ms = ctx.mentions();
        int i = ms.indexOf(last);
        List<Mention> out = new ArrayList<>();
        out.add(last);
        while (i > 0 && Kinds.ORG.test(ms.get(i - 1)) && JOINER.matcher(ctx.between(ms.get(i - 1), ms.get(i))).matches()) {
            out.add(0, ms.get(--i));
        }
        return out;
    }
}
