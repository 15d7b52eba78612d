package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.RoleTitles;
import org.newsgraph.text.WordLists;

/**
 * Roles in an appositive after a person's name, one per coordinated part: "Zhang San (张三), a Foo
 * vice president and former Bar researcher", "Jane Doe, co-founder and chief scientist at Foo"
 * (the organization at the end is every untied part's), "Jane Doe, vice-president of Foo and head
 * of its cloud unit" ("its": the organization of the part before), "Jane Doe, EU policy lead and
 * researcher at start-up Foo" (a bare organization before the first title is part of that title
 * when the parts end with another organization). The appositive may follow an age ("Jane Doe, 49,
 * a former head of AI at Foo"), a copula ("Jane Doe is a senior reporter for Foo") or a future one
 * ("Jane Doe, will become interim chief executive": list {@code not-title-modifiers} keeps such
 * verbs out of the title). In: a
 * sentence and a person mention. Out:
 * {@code ng:hasRole} claims.
 */
final class RoleAppositives {
    private static final Pattern LEAD = Pattern.compile("^(?:\\s*(?:[(（][^)）]{1,40}[)）])?(?:,\\s+\\d{2})?,\\s+"
            + "|\\s+(?:is|was|serves as)\\s+(?=(?:an?|the)\\s))");
    private static final String END = "(?=\\s*(?:[,.;:()\"“”—–]|$)|\\s+" + WordLists.alternation("role-title-ends")
            + "\\b)";
    private static final Pattern PART = Pattern.compile("^(?:and\\s+)?(?:(?:who|which)\\s+(?:is|was|has been|serves as)\\s+"
            + "|will\\s+(?:become|be|serve as)\\s+)?"
            + "(?:(?:himself|herself|themselves)\\s+)?"
            + "(?:an?\\s+|the\\s+)?(former\\s+)?"
            + "(?:(?:'s|’s|'|’)\\s+)?(?:(?:new|newly appointed|incoming|current)\\s+)?"
            + "((?:(?!(?:and|at|of|the|a|an|new|" + WordLists.alternation("not-title-modifiers").substring(3)
            + "\\b)[a-z][\\w-]*\\s+){0,3}?"
            + RoleTitles.REGEX + ")" + END, Pattern.CASE_INSENSITIVE);
    private static final Pattern ORG_GAP = Pattern.compile("(?:and\\s+)?(?:an?\\s+|the\\s+)?(?:former\\s+)?(?:[a-z]+\\s+)?");
    private static final Pattern OWNS = Pattern.compile("(?:'s|’s|')\\s+");
    private static final Pattern TRAIL = Pattern.compile(",\\s+|\\s+(?:of|at|with|for)\\s+(?:the\\s+|its\\s+)?"
            + "(?:\\p{Lu}{2,3}\\s+(?=\\p{Ll}))?(?:\\p{Ll}[\\p{L}\\d-]*\\s+){0,3}");
    private static final Pattern TRAIL_ITS = Pattern.compile("^\\s+(?:of|at)\\s+its\\b");
    private static final Pattern MORE = Pattern.compile("and\\s|,\\s+(?=(?i:" + RoleTitles.REGEX + ")(?:[,\\s]|$))");
    private static final Pattern CUT = Pattern.compile("\\s+(?:of|at)\\s*$");

    private RoleAppositives() { }

    /** One coordinated part: its title, organization before and after it, and where it ends. */
    private record Part(int titleBegin, int titleEnd, Mention before, boolean bare, Mention after,
                        boolean linked, boolean its, boolean former, int end) { }

    static void apply(SentenceContext ctx, Mention person, Consumer<Claim> out) {
        Matcher lead = LEAD.matcher(ctx.rest(person.end()));
        if (!lead.find()) {
            return;
        }
        int pos = person.end() + lead.end();
        int limit = StatusCues.clauseEnd(ctx, pos);
        List<Part> parts = new ArrayList<>();
        for (int guard = 0; guard < 5 && pos < limit; guard++) {
            Part p = part(ctx, pos, parts.isEmpty());
            if (p == null) {
                break;
            }
            parts.add(p);
            pos = skipSpaces(ctx, p.end());
            Matcher more = MORE.matcher(ctx.rest(pos));
            if (!more.lookingAt()) {
                break;
            }
            if (!ctx.rest(pos).startsWith("and ")) {
                pos = skipSpaces(ctx, pos + more.end());
                limit = StatusCues.clauseEnd(ctx, pos);
            }
        }
        emit(ctx, person, parts, out);
    }

    private static Part part(SentenceContext ctx, int pos, boolean first) {
        Mention org = orgAt(ctx, pos);
        int after = org == null ? pos : skipSpaces(ctx, org.end());
        Matcher m = PART.matcher(ctx.text().substring(after, ctx.sentence().end()));
        if (!m.find()) {
            return null;
        }
        int titleBegin = after + m.start(2);
        int titleEnd = cutAtOrganization(ctx, titleBegin, after + m.end(2));
        boolean former = m.group(1) != null || org != null && ctx.text().substring(pos, org.begin()).contains("former");
        boolean bare = first && org != null && org.begin() == pos && after == org.end() + 1;
        Mention trailing = orgAfter(ctx, titleEnd);
        boolean linked = trailing != null && !ctx.text().startsWith(",", titleEnd);
        boolean its = trailing == null && TRAIL_ITS.matcher(ctx.rest(titleEnd)).find();
        int end = trailing != null ? trailing.end() : titleEnd;
        return new Part(titleBegin, titleEnd, org, bare, trailing, linked, its, former, end);
    }

    /** The end of a title that runs into an organization name ("head of Foo's unit": "head"). */
    private static int cutAtOrganization(SentenceContext ctx, int begin, int end) {
        for (Mention m : ctx.mentions()) {
            if (Kinds.ORG.test(m) && m.begin() > begin && m.begin() < end) {
                Matcher cut = CUT.matcher(ctx.text().substring(begin, m.begin()));
                return cut.find() ? begin + cut.start() : end;
            }
        }
        return end;
    }

    private static Mention orgAt(SentenceContext ctx, int pos) {
        for (Mention m : ctx.mentions()) {
            if (m.begin() >= pos && Kinds.ORG.test(m)) {
                return ORG_GAP.matcher(ctx.text().substring(pos, m.begin())).matches() ? m : null;
            }
        }
        return null;
    }

    /** The organization after a title ("CEO of Foo"); "of Foo's Bar Group" is Bar Group, Foo's unit. */
    private static Mention orgAfter(SentenceContext ctx, int pos) {
        List<Mention> ms = ctx.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.begin() >= pos && Kinds.ORG.test(m)) {
                if (!TRAIL.matcher(ctx.text().substring(pos, m.begin())).matches()) {
                    return null;
                }
                Mention next = i + 1 < ms.size() ? ms.get(i + 1) : null;
                boolean unit = next != null && Kinds.ORG.test(next)
                        && OWNS.matcher(ctx.text().substring(m.end(), next.begin())).matches();
                return unit ? next : m;
            }
        }
        return null;
    }

    /** Gives each part its organization: its own, else the next part's trailing one, else "its". */
    private static void emit(SentenceContext ctx, Mention person, List<Part> parts, Consumer<Claim> out) {
        int end = parts.isEmpty() ? 0 : parts.get(parts.size() - 1).end();
        ClaimFactory claims = new ClaimFactory(ctx);
        Mention previous = null;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            Mention shared = p.after() != null ? p.after() : sharedAfter(parts, k + 1);
            int titleBegin = p.titleBegin();
            Mention org = p.after() != null && (p.linked() || p.before() == null) ? p.after() : p.before();
            if (p.bare() && shared != null && (p.linked() || p.after() == null)) {
                titleBegin = p.before().begin();
                org = shared;
            } else if (org == null) {
                org = p.its() || shared == null && k > 0 && parts.get(k - 1).before() != null ? previous : shared;
            }
            String title = ctx.text().substring(titleBegin, p.titleEnd()).replaceAll("\\s+", " ");
            out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(title, org, p.former()),
                    person.begin(), end, "appositive-role", 0.8, claims.publicationDay()));
            previous = org;
        }
    }

    /**
     * The trailing organization of the parts from {@code from} on, up to one with its own; the
     * last part's also when a comma sets it off ("EVP, CFO and treasurer, Foo").
     */
    private static Mention sharedAfter(List<Part> parts, int from) {
        for (int k = from; k < parts.size(); k++) {
            if (parts.get(k).after() != null && (parts.get(k).linked() || k == parts.size() - 1)) {
                return parts.get(k).after();
            }
            if (parts.get(k).before() != null || parts.get(k).after() != null) {
                return null;
            }
        }
        return null;
    }

    private static int skipSpaces(SentenceContext ctx, int pos) {
        String t = ctx.text();
        while (pos < ctx.sentence().end() && t.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }
}
