package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;

/**
 * Founders: "Foo was founded in 2012 by A, along with B and C", "Foo, a startup founded and led by
 * A", "Foo was co-founded by A and B", "Founded in 2017 by A, Foo has become ...", "Foo, founded by Vantor engineers
 * A and B" (descriptive words
 * before the names), and the active "A, B and C — former researchers — co-founded Foo". The
 * company is the organization named before "founded" (the head of its appositive) or, in the
 * active form, the one named right after it; the people are the names listed after "by" or before
 * the verb. In: one sentence; out: {@code ng:hasRole} claims with title founder or co-founder.
 */
public final class FounderExtractor implements Extractor {
    private static final Pattern FOUNDED = Pattern.compile("\\b([Cc]o-?)?[Ff]ounded\\s+(?:in\\s+\\d{4}\\s+)?(?:and\\s+"
            + "(?:led|run|chaired)\\s+)?(?:in\\s+\\d{4}\\s+)?by\\s+");
    private static final Pattern ACTIVE = Pattern.compile("\\b(co-?)?founded\\s+(?!(?:in\\s+\\d{4}\\s+)?by\\b|and\\b|in\\b)");
    private static final Pattern ALONG_WITH = Pattern.compile("\\G,?\\s+(?:along with|together with|and)\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern STOP = Pattern.compile("[,;:()“”\"]");
    private static final Pattern PERSON_NAME = Pattern.compile(NameList.PERSON_NAME + "(?=,|\\s+and\\b|\\s*$|\\.|\\s+\\p{Ll})");
    private static final int DESCRIPTION_REACH = 70;
    private static final Pattern BEFORE_VERB = Pattern.compile("\\s*(?:[—–]\\s*[^—–]{1,100}\\s*[—–]\\s*|\\s+-\\s+[^-]{1,100}"
            + "\\s+-\\s+|,[^,]{1,100},\\s*)?(?:(?:who|also|later|jointly|together|had|have|has)\\s+)*");
    private static final Pattern PEOPLE_BEFORE = Pattern.compile(NameList.PEOPLE + BEFORE_VERB.pattern() + "$");
    private static final Pattern AFTER_VERB = Pattern.compile("(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?");
    private static final Pattern OBJECT = Pattern.compile("\\b(?:of|at|by|from|with|to|for|in|on)\\s+(?:the\\s+)?$");
    private static final int REACH = 120;

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (!ctx.mentionsAny("founded")) {
            return;
        }
        Matcher f = FOUNDED.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (f.find()) {
            List<Mention> people = founders(ctx, f.end());
            Mention company = companyBefore(ctx, f.start());
            if (company == null && !people.isEmpty() && ctx.head(f.start()).isBlank()) {
                company = subjectAfter(ctx, people.get(people.size() - 1).end());
            }
            if (company != null) {
                emit(ctx, company, people, f.group(1) != null, Math.min(company.begin(), f.start()), out);
            }
        }
        Matcher a = ACTIVE.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (a.find()) {
            Mention company = companyAfter(ctx, a.end());
            List<Mention> people = company == null ? List.of() : peopleBefore(ctx, a.start());
            if (!people.isEmpty()) {
                emit(ctx, company, people, a.group(1) != null, people.get(0).begin(), out);
            }
        }
    }

    private static void emit(SentenceContext ctx, Mention company, List<Mention> people, boolean co, int begin,
                             Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        String title = co ? "co-founder" : "founder";
        for (Mention person : people) {
            int from = Math.min(begin, person.begin());
            int to = Math.max(Math.max(company.end(), person.end()), begin);
            out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(title, company, false),
                    from, to, "founded-by", 0.75));
        }
    }

    private static Mention companyBefore(SentenceContext ctx, int founded) {
        List<Mention> orgs = ctx.mentions(Kinds.ORG).stream()
                .filter(m -> m.end() <= founded && founded - m.end() <= REACH).toList();
        return orgs.isEmpty() ? null : Appositive.headOf(ctx, orgs.get(orgs.size() - 1), founded);
    }

    /**
     * "Founded in 2017 by A, who is also the CEO of Bar, Foo has become ...": the subject the fronted
     * clause is about, the first organization after the founders that is not a prepositional object.
     */
    private static Mention subjectAfter(SentenceContext ctx, int from) {
        for (Mention m : ctx.mentions(Kinds.ORG)) {
            if (m.begin() >= from && !OBJECT.matcher(ctx.text().substring(from, m.begin())).find()) {
                return m;
            }
        }
        return null;
    }

    /** The organization named right after an active "founded" ("co-founded AI startup Foo"). */
    private static Mention companyAfter(SentenceContext ctx, int from) {
        for (Mention m : ctx.mentions(Kinds.ORG)) {
            if (m.begin() >= from) {
                return AFTER_VERB.matcher(ctx.text().substring(from, m.begin())).matches() ? m : null;
            }
        }
        return null;
    }

    /** The people listed right before an active "founded", an appositive between allowed. */
    private static List<Mention> peopleBefore(SentenceContext ctx, int verb) {
        Matcher m = PEOPLE_BEFORE.matcher(ctx.head(verb));
        return m.find() ? NameList.at(ctx, ctx.sentence().begin() + m.start(), EntityType.PERSON) : List.of();
    }

    /** The people named after "by" (descriptive words before them allowed), with those added by "along with". */
    private static List<Mention> founders(SentenceContext ctx, int from) {
        List<Mention> out = new ArrayList<>();
        int at = firstPerson(ctx, from);
        while (true) {
            List<Mention> named = NameList.at(ctx, at, EntityType.PERSON);
            if (named.isEmpty()) {
                return out;
            }
            out.addAll(named);
            Matcher more = ALONG_WITH.matcher(ctx.text()).region(named.get(named.size() - 1).end(), ctx.sentence().end());
            if (!more.find()) {
                return out;
            }
            at = more.end();
        }
    }

    /** Where the founders' names start: right after "by", or at the first name after a short description. */
    private static int firstPerson(SentenceContext ctx, int from) {
        int limit = Math.min(ctx.sentence().end(), from + DESCRIPTION_REACH);
        Matcher word = WORD.matcher(ctx.text()).region(from, limit);
        while (word.find()) {
            if (personAt(ctx, word.start())) {
                return word.start();
            }
            if (STOP.matcher(word.group()).find()) {
                break;
            }
        }
        return from;
    }

    /** A person the sentence names at {@code at}, or two or three capitalised words that are no organization. */
    private static boolean personAt(SentenceContext ctx, int at) {
        for (Mention m : ctx.mentions()) {
            if (m.begin() == at) {
                return Kinds.PERSON.test(m);
            }
        }
        return PERSON_NAME.matcher(ctx.text()).region(at, ctx.sentence().end()).lookingAt();
    }
}
