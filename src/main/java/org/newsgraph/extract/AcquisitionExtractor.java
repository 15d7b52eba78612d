package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * One company buying another: "Foo acquired Israeli chipmaker Bar", "Foo has agreed to buy Bar"
 * (planned), "Bar, which was bought by Foo", "Foo's $2 billion acquisition of Bar", "the takeover
 * of Bar by Foo", "Foo is making a move by acquiring Bar" (planned), "the announcement of its
 * acquisition of Bar", "Foo's acquisitions include Bar and Baz". Buying "a stake in" or "chips from" a company is not buying it. The verbs, nouns
 * and planning cues are the word lists {@code acquisition-verbs}, {@code acquisition-nouns} and
 * {@code deal-planned-cues}; a pending deal is planned even when the sentence reports it
 * ("According to Foo News, Bar is acquiring Baz"). In: two organizations next to each other in
 * the sentence; out: {@code ng:acquiredBy} claims from the company bought to the buyer.
 */
public final class AcquisitionExtractor implements Extractor {
    private static final String VERB = WordLists.alternation("acquisition-verbs");
    private static final String NOUN = WordLists.alternation("acquisition-nouns");
    private static final String WORDS = "(?:[\\p{L}\\d$€£.,’'-]+\\s+)";
    private static final Pattern ACTIVE = Pattern.compile("\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(" + VERB + ")\\s+"
            + WORDS + "{0,5}?");
    private static final Pattern PASSIVE = Pattern.compile(",?\\s+(?:(?:which|that|and)\\s+)?(?:[\\p{Ll}]+\\s+){0,3}?"
            + "(" + VERB + ")\\s+by\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?");
    private static final Pattern NOMINAL = Pattern.compile("(?:'s|’s)\\s+" + WORDS + "{0,4}?(" + NOUN + ")\\s+of\\s+"
            + WORDS + "{0,4}?");
    private static final Pattern NOMINAL_BY = Pattern.compile("\\s+by\\s+(?:the\\s+)?");
    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b(" + NOUN + ")\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?$");
    private static final Pattern SUBJECT_BUYS = Pattern.compile("\\b(?:by\\s+(?:acquiring|buying|purchasing|taking over)"
            + "|(?:its|their)\\s+(?:[\\w$.-]+\\s+){0,3}?(?:" + NOUN + ")\\s+of)\\s+(?:the\\s+)?$");
    private static final Pattern ACQUISITIONS_INCLUDE = Pattern.compile("\\b(?:acquisitions|purchases)\\b[^.;:]{0,60}?"
            + "\\b(?:include|included|including|such as)\\s+");
    private static final Pattern PLANNED = Pattern.compile("\\b" + WordLists.alternation("deal-planned-cues") + "\\b");
    private static final Pattern NOT_WHOLE = Pattern.compile("\\b" + WordLists.alternation("not-acquisition-objects")
            + "\\b");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (!ctx.mentionsAny("acqui", "bought", "buy", "purchas", "take", "took", "snap")) {
            return;
        }
        List<Mention> ms = ctx.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            if (Kinds.ORG.test(a) && Kinds.ORG.test(b) && !a.key().equals(b.key())) {
                pair(ctx, a, b, out);
            }
        }
        ms.stream().filter(Kinds.ORG).forEach(bought -> subjectBuys(ctx, bought, out));
        acquisitionsInclude(ctx, out);
    }

    /** "Other Foo acquisitions in 2016 include A, a ... startup; B ...", "Foo has made 15 acquisitions, including A and B". */
    private static void acquisitionsInclude(SentenceContext ctx, Consumer<Claim> out) {
        Matcher list = ACQUISITIONS_INCLUDE.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        if (!list.find()) {
            return;
        }
        Mention buyer = ctx.mentions(Kinds.ORG).stream().filter(m -> m.end() <= list.start()).reduce((a, b) -> b).orElse(null);
        if (buyer == null) {
            return;
        }
        for (Mention bought : NameList.at(ctx, list.end(), EntityType.ORGANIZATION)) {
            emit(ctx, bought, buyer, "", "acquisitions-include", out);
        }
    }

    /**
     * "Foo is making a move by acquiring Bar", "after the announcement of its acquisition of Bar":
     * the buyer is the organization the sentence starts with, else the company "its" points to.
     */
    private static void subjectBuys(SentenceContext ctx, Mention bought, Consumer<Claim> out) {
        Matcher cue = SUBJECT_BUYS.matcher(ctx.head(bought.begin()));
        if (!cue.find()) {
            return;
        }
        List<Mention> orgs = ctx.mentions(Kinds.ORG);
        Mention buyer = orgs.get(0) != bought && ctx.head(orgs.get(0).begin()).isBlank() ? orgs.get(0)
                : cue.group().startsWith("by") ? null : ctx.localOrganization();
        if (buyer != null && !buyer.key().equals(bought.key())) {
            String lead = ctx.head(bought.begin()).substring(0, cue.start()) + cue.group().strip();
            emit(ctx, bought, buyer, lead.replaceAll("\\s+(?:the\\s*)?$", "").replaceAll("\\s+of$", ""), "subject-buys",
                    out);
        }
    }

    private static void pair(SentenceContext ctx, Mention a, Mention b, Consumer<Claim> out) {
        String between = ctx.between(a, b);
        if (NOT_WHOLE.matcher(between).find()) {
            return;
        }
        Matcher active = ACTIVE.matcher(between);
        Matcher passive = PASSIVE.matcher(between);
        Matcher nominal = NOMINAL.matcher(between);
        if (passive.matches()) {
            emit(ctx, a, b, between.substring(0, passive.start(1)), "acquired-by", out);
        } else if (nominal.matches()) {
            emit(ctx, b, a, between.substring(0, nominal.start(1)), "acquisition-of", out);
        } else if (active.matches() && !between.contains(",")) {
            emit(ctx, b, a, between.substring(0, active.start(1)) + active.group(1), "acquires", out);
        } else if (NOMINAL_BY.matcher(between).matches()) {
            Matcher noun = NOUN_BEFORE.matcher(ctx.head(a.begin()));
            if (noun.find()) {
                emit(ctx, a, b, ctx.head(a.begin()).substring(0, noun.start(1)), "acquisition-by", out);
            }
        }
    }

    private static void emit(SentenceContext ctx, Mention bought, Mention buyer, String cueLead, String rule,
                             Consumer<Claim> out) {
        int begin = Math.min(bought.begin(), buyer.begin());
        int end = Math.max(bought.end(), buyer.end());
        if (StatusCues.negatedOrHypothetical(ctx.text().substring(begin, end))) {
            return;
        }
        Claim claim = new ClaimFactory(ctx).claim(bought, Relation.ACQUIRED_BY, new ClaimValue.EntityValue(buyer),
                begin, end, rule, 0.8);
        boolean planned = PLANNED.matcher(cueLead).find()
                || cueLead.matches("(?s).*\\b(?:buying|acquiring|purchasing|taking over)$");
        boolean asserted = claim.status() == Status.STATED || claim.status() == Status.REPORTED;
        out.accept(planned && asserted ? claim.withStatus(Status.PLANNED) : claim);
    }
}
