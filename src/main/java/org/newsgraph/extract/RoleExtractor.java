package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * People's roles: "Zhang San (张三), a Foo vice president and former Bar researcher", "Jane
 * Doe, Baz Capital's global macro strategist", "Jane Doe, CEO, Foo", "led by CEO Jane Doe",
 * "Foo CEO Jane Doe", "Founder and CEO Jane Doe", "Jane Doe, Chief Executive
 * Officer of Foo", and the sentence patterns of {@link RoleSentences}. Each part of an
 * appositive ("X and former Y") is one role.
 * Out: {@code ng:hasRole} claims whose value holds title, organization and whether it is former.
 */
public final class RoleExtractor implements Extractor {
    static final String TITLE = "(?:chief executive officer|chief [a-z]+ officer|chief executive|"
            + "chief scientist|CEO|CTO|CFO|COO|senior vice president|vice president|president|co-founder|"
            + "founder|chairman|chairwoman|managing director|general manager|director|head of [a-z]+|head|"
            + "researcher|strategist|analyst|spokesperson|spokeswoman|spokesman|scientist|engineer|"
            + "professor|economist|partner|minister)";
    private static final Pattern APPOSITIVE_LEAD = Pattern.compile(
            "^\\s*(?:[(（][^)）]{1,40}[)）])?,\\s+");
    private static final Pattern PART = Pattern.compile("^(?:and\\s+)?(?:an?\\s+|the\\s+)?(former\\s+)?"
            + "(?:(?:'s|’s|'|’)\\s+)?((?:[a-z][\\w-]*\\s+){0,3}?" + TITLE + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(" + TITLE + ")(?:\\s+and\\s+(" + TITLE
            + "))?\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORG_AFTER_TITLE = Pattern.compile(",\\s+|\\s+(?:of|at)\\s+(?:the\\s+)?");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention person = ms.get(i);
            if (Kinds.PERSON.test(person)) {
                appositive(ctx, ms, i, out);
                titleBefore(ctx, ms, i, out);
                RoleSentences.apply(ctx, i, out);
            }
        }
    }

    private static void appositive(SentenceContext ctx, List<Mention> ms, int i, Consumer<Claim> out) {
        Mention person = ms.get(i);
        Matcher lead = APPOSITIVE_LEAD.matcher(ctx.rest(person.end()));
        if (!lead.find()) {
            return;
        }
        int pos = person.end() + lead.end();
        int limit = StatusCues.clauseEnd(ctx, pos);
        for (int guard = 0; guard < 4 && pos < limit; guard++) {
            Mention org = orgAt(ctx, ms, pos);
            int after = org == null ? pos : skipSpaces(ctx, org.end());
            Matcher part = PART.matcher(ctx.text().substring(after, ctx.sentence().end()));
            if (!part.find()) {
                return;
            }
            boolean former = part.group(1) != null || formerBefore(ctx, pos, org);
            int end = after + part.end();
            Mention trailing = org == null ? orgAfterTitle(ctx, ms, end) : null;
            emit(ctx, person, part.group(2), org != null ? org : trailing, former,
                    trailing != null ? trailing.end() : end, out);
            pos = skipSpaces(ctx, end);
            if (!ctx.rest(pos).startsWith("and ")) {
                return;
            }
        }
    }

    private static Mention orgAt(SentenceContext ctx, List<Mention> ms, int pos) {
        String gap = "";
        for (Mention m : ms) {
            if (m.begin() >= pos && Kinds.ORG.test(m)) {
                gap = ctx.text().substring(pos, m.begin());
                return gap.matches("(?:and\\s+)?(?:an?\\s+|the\\s+)?(?:former\\s+)?") ? m : null;
            }
        }
        return null;
    }

    private static boolean formerBefore(SentenceContext ctx, int pos, Mention org) {
        return org != null && ctx.text().substring(pos, org.begin()).contains("former");
    }

    private static Mention orgAfterTitle(SentenceContext ctx, List<Mention> ms, int pos) {
        for (Mention m : ms) {
            if (m.begin() >= pos && Kinds.ORG.test(m)) {
                return ORG_AFTER_TITLE.matcher(ctx.text().substring(pos, m.begin())).matches() ? m : null;
            }
        }
        return null;
    }

    private static void titleBefore(SentenceContext ctx, List<Mention> ms, int i, Consumer<Claim> out) {
        Mention person = ms.get(i);
        Matcher t = TITLE_BEFORE.matcher(ctx.head(person.begin()));
        if (!t.find()) {
            return;
        }
        int titleBegin = ctx.sentence().begin() + t.start(1);
        Mention org = i > 0 && Kinds.ORG.test(ms.get(i - 1))
                && ctx.text().substring(ms.get(i - 1).end(), titleBegin).equals(" ") ? ms.get(i - 1) : null;
        ClaimFactory claims = new ClaimFactory(ctx);
        int begin = org != null ? org.begin() : titleBegin;
        for (int g = 1; g <= 2; g++) {
            if (t.group(g) != null) {
                out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(t.group(g), org, false),
                        begin, person.end(), "title-before-name", 0.8, claims.publicationDay()));
            }
        }
    }

    private static void emit(SentenceContext ctx, Mention person, String title, Mention org,
                             boolean former, int end, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(title.strip(), org, former),
                person.begin(), end, "appositive-role", 0.8, claims.publicationDay()));
    }

    private static int skipSpaces(SentenceContext ctx, int pos) {
        String t = ctx.text();
        while (pos < ctx.sentence().end() && t.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }
}
