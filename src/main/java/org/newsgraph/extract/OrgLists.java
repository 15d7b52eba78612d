package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Coordinated organization names: "A, B and C", "A, software maker B, and C", "A as well as B".
 * In: the sentence and where a list may start or end; out: the organizations of the list in text
 * order (empty when no organization is there).
 */
final class OrgLists {
    private static final String DESCRIPTOR = "(?!(?:which|who|that|whose|said|says|is|was|were|are|has|have|had|in|"
            + "of|to|from|by|with|for|on|at|led|also|while|other)\\b)[\\p{Ll}-]+\\s+";
    private static final Pattern JOINER = Pattern.compile("(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+(?:and|&)\\s+"
            + "|,?\\s+as well as\\s+)(?:" + DESCRIPTOR + "){0,3}");
    private static final Pattern LEAD = Pattern.compile("\\s*(?:(?:the|its|existing|investors?|firms?|"
            + "companies|[\\p{Ll}-]+)\\s+){0,4}");

    private OrgLists() { }

    /** The list whose first name starts right after {@code from} (a few lower-case words between allowed). */
    static List<Mention> startingAfter(SentenceContext ctx, int from) {
        List<Mention> ms = ctx.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.begin() >= from) {
                boolean close = LEAD.matcher(ctx.text().substring(from, m.begin())).matches();
                return close && Kinds.ORG.test(m) ? forwardFrom(ctx, ms, i) : List.of();
            }
        }
        return List.of();
    }

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

    private static List<Mention> forwardFrom(SentenceContext ctx, List<Mention> ms, int i) {
        List<Mention> out = new ArrayList<>();
        out.add(ms.get(i));
        while (i + 1 < ms.size() && Kinds.ORG.test(ms.get(i + 1))
                && JOINER.matcher(ctx.between(ms.get(i), ms.get(i + 1))).matches()) {
            out.add(ms.get(++i));
        }
        return out;
    }
}
