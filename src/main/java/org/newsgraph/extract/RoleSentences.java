package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Keys;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Roles stated by a whole clause: "Foo has appointed Jane Doe as chief financial officer", "Foo
 * hired Jane Doe as its first COO", "Foo appointed Jane Doe to head up its Orbit AI team" (a unit of Foo), "Jane Doe
 * joined Foo as COO", "Jane Doe, who heads Foo's AI
 * lab" (the verbs of {@code role-verbs.txt}), "Doe was previously CFO of Bar" (a former role),
 * "Its chief executive, Jane Doe, ..." (the company of the sentences before). In: a sentence and
 * the index of a person mention in it. Out: {@code ng:hasRole}.
 */
final class RoleSentences {
    private static final String DETERMINERS = "(?:(?:" + WordLists.alternation("determiners") + "|new|first)\\s+)*";
    private static final Pattern APPOINTED = Pattern.compile("\\b(?:has\\s+|have\\s+)?(?:appointed|appoints|"
            + "named|names|hired|hires|promoted|promotes|tapped|taps|hiring of|appointment of)\\s+(?:[^\\s,;]+\\s+){0,4}?$");
    private static final Pattern AS_TITLE = Pattern.compile("^\\s+(?!(?:to\\s+)?(?:head|lead|run|helm|oversee)\\s+"
            + "(?:up\\s+)?(?:its|their|the|a|an)\\b)(?:(?:as|to)\\s+)?" + DETERMINERS + "((?:(?-i:[a-z]+)\\s+)?"
            + RoleExtractor.TITLE + ")(?:\\s+and\\s+(" + RoleExtractor.TITLE + "))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WAS_TITLE = Pattern.compile("^\\s+(?:was|is|had been|has been)\\s+(previously\\s+|"
            + "formerly\\s+|once\\s+|now\\s+|also\\s+)?(?:the\\s+|a\\s+|an\\s+)?(" + RoleExtractor.TITLE
            + ")\\s+(?:of|at)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAREER_PAST = Pattern.compile("(?i)\\b(?:most recently|previously|before that|"
            + "earlier|formerly|prior to)\\b");
    private static final Pattern ITS_TITLE = Pattern.compile("^(?:Its|The company's|The company’s)\\s+("
            + RoleExtractor.TITLE + "),\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOINED = Pattern.compile("^,?\\s+(?:who\\s+)?(?:has\\s+|had\\s+|recently\\s+)?"
            + "(?:joined|joins|rejoined)\\s+(?:the\\s+)?$");
    private static final Pattern JOINED_AS = Pattern.compile("^(?:\\s+in\\s+\\p{L}+(?:\\s+\\d{4})?|\\s+\\w+\\s+"
            + "year)?,?\\s+as\\s+" + DETERMINERS + "(" + RoleExtractor.TITLE + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_HEAD = Pattern.compile("^\\s+to\\s+(?:head|lead|run|helm|oversee)(?:\\s+up)?\\s+"
            + "(?:its|their|the company['’]s)\\s+((?:\\p{Lu}[\\p{L}\\d&-]*\\s+){1,4}(?:team|lab|unit|division|group|department))\\b");
    private static final Map<String, String> VERB_TITLES = verbTitles();
    private static final Pattern WHO_VERB = Pattern.compile("^,\\s+who\\s+(?:now\\s+|currently\\s+|also\\s+)?("
            + String.join("|", VERB_TITLES.keySet()) + ")\\s+(?:the\\s+)?$");

    private RoleSentences() { }

    private static Map<String, String> verbTitles() {
        Map<String, String> out = new HashMap<>();
        for (String line : WordLists.entries("role-verbs")) {
            String[] parts = line.split("\\s+", 2);
            out.put(parts[0], parts[1]);
        }
        return out;
    }

    static void apply(SentenceContext ctx, int i, Consumer<Claim> out) {
        appointed(ctx, i, out);
        List<Mention> ms = ctx.mentions();
        if (i + 1 < ms.size() && Kinds.ORG.test(ms.get(i + 1))) {
            nextOrganization(ctx, ms.get(i), ms.get(i + 1), out);
        }
        Matcher its = ITS_TITLE.matcher(ctx.head(ms.get(i).begin()));
        if (its.matches() && ctx.localOrganization() != null) {
            emit(ctx, ms.get(i), its.group(1), ctx.localOrganization(), false, ctx.sentence().begin(),
                    ms.get(i).end(), "its-title", out);
        }
    }

    private static void appointed(SentenceContext ctx, int i, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        Mention person = ms.get(i);
        Matcher as = AS_TITLE.matcher(ctx.rest(person.end()));
        Matcher head = TO_HEAD.matcher(ctx.rest(person.end()));
        if (APPOINTED.matcher(ctx.head(person.begin())).find() && head.find()) {
            toHead(ctx, person, head, i > 0 && Kinds.ORG.test(ms.get(0)) ? ms.get(0) : ctx.localOrganization(), out);
        }
        if (i > 0 && Kinds.ORG.test(ms.get(0)) && APPOINTED.matcher(ctx.head(person.begin())).find() && as.find()) {
            for (int g = 1; g <= 2 && as.group(g) != null; g++) {
                emit(ctx, person, as.group(g), ms.get(0), false, ms.get(0).begin(), person.end() + as.end(),
                        "appointed", out);
            }
        }
    }

    /** "Foo has appointed Jane Doe to head up its Superintelligence AI team": head of the team, a unit of Foo. */
    private static void toHead(SentenceContext ctx, Mention person, Matcher head, Mention org, Consumer<Claim> out) {
        int begin = person.end() + head.start(1);
        int end = person.end() + head.end(1);
        String surface = ctx.text().substring(begin, end);
        Mention unit = new Mention(begin, end, surface, Keys.slug(surface), EntityType.ORGANIZATION_UNIT, null, null, false);
        emit(ctx, person, "head", unit, false, person.begin(), end, "appointed-to-head", out);
        if (org != null) {
            ClaimFactory claims = new ClaimFactory(ctx);
            out.accept(claims.claim(unit, Relation.SUB_ORGANIZATION_OF, new ClaimValue.EntityValue(org),
                    person.begin(), end, "appointed-to-head", 0.7));
        }
    }

    /** "X was previously CFO of Foo", "X joined Foo as COO", "X, who heads Foo's lab". */
    private static void nextOrganization(SentenceContext ctx, Mention person, Mention org, Consumer<Claim> out) {
        String between = ctx.between(person, org);
        Matcher was = WAS_TITLE.matcher(between);
        if (was.matches()) {
            boolean former = was.group(1) != null && !was.group(1).strip().matches("(?i)now|also")
                    || between.strip().startsWith("was") && CAREER_PAST.matcher(ctx.head(person.begin())).find();
            emit(ctx, person, was.group(2), org, former, person.begin(), org.end(), "was-title", out);
        }
        Matcher as = JOINED_AS.matcher(ctx.rest(org.end()));
        if (JOINED.matcher(between).matches() && as.find()) {
            emit(ctx, person, as.group(1), org, false, person.begin(), org.end() + as.end(), "joined-as", out);
        }
        Matcher who = WHO_VERB.matcher(between);
        if (who.matches()) {
            emit(ctx, person, VERB_TITLES.get(who.group(1)), org, false, person.begin(), org.end(), "who-heads", out);
        }
    }

    private static void emit(SentenceContext ctx, Mention person, String title, Mention org, boolean former,
                             int begin, int end, String rule, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(title, org, former),
                begin, end, rule, 0.75, claims.publicationDay()));
    }
}
