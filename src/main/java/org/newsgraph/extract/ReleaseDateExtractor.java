package org.newsgraph.extract;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;
import org.newsgraph.time.DateMention;

/**
 * When a model or product came out, or is to: a release verb next to the name and a date close
 * after the name or the verb, or just before the verb ("Foo shipped Bar in the summer of 2024",
 * "Foo on Monday released Bar", "On 30 May 2026, Foo launched Bar" (a date before the maker),
 * "Bar, released last May, ...", "Bar ... and released on Monday", "Bar, developed by Foo, launched on ...", "The Bar model made public last
 * week" (list {@code release-after-verbs}), "Bar will be available in May or June 2027", "Bar came
 * out in July 2026", "Bar is expected in the second quarter", "preparing Bar for release this
 * fall", "Bar was rumored to be on track for a mid summer release", "Bar is available today"); "announced" gives an
 * announcement date ("today announced Bar", "had announced the model last month", where "the
 * model" is the model in focus). The status comes from the clause (planned, rumoured). Out:
 * {@code ng:releaseDate} / {@code ng:announcementDate} claims at the precision the text gives.
 */
public final class ReleaseDateExtractor implements Extractor {
    private static final String RELEASED = "(?:launched|released|shipped|unveiled|introduced|debuted|rolled out|"
            + "open-sourced|launches|releases|ships|unveils|introduces|debuts)";
    private static final Pattern RELEASE_BEFORE = Pattern.compile("(?:" + RELEASED + "|\\bto (?:release|launch|ship|"
            + "unveil|introduce|debut))\\s+(?:(?:its|the|a|an|new|latest)\\s+)?[“\"]?$");
    private static final Pattern ANNOUNCE_BEFORE = Pattern.compile("(?:announced|announces)\\s+(?:(?:its|the|a|an|"
            + "new|latest)\\s+)?[“\"]?$");
    private static final Pattern RELEASE_AFTER = Pattern.compile("^[”\"’']?(?:\\s+(?:model|system|app|chatbot))?(?:,[^,;]{1,80}(?=,))?,?\\s+"
            + "(?:and\\s+)?(?:(?:was|were|is|has been|had been|first|which was|will be)\\s+)?" + WordLists.alternation("release-after-verbs") + "\\b"
            + "|^[”\"’']?,?\\s+will\\s+(?:be\\s+)?(?:available|out|launch|release|ship|arrive|debut)\\b"
            + "|^\\s+(?:is|was|are|were)\\s+(?:(?:now|still|widely|reportedly)\\s+)?"
            + "(?:expected|scheduled|slated|due|set|rumou?red|tipped)\\b|^\\s+for\\s+(?:a\\s+|an\\s+|its\\s+)?"
            + "(?:release|launch|debut)\\b|^\\s+(?:is|are)\\s+(?:now\\s+)?available(?=\\s+(?:today|now|from|on)\\b)"
            + "|^,\\s+which\\s+(?:\\p{Lu}[\\p{L}\\d-]*\\s+){1,3}(?:has\\s+|had\\s+)?(?:released|launched|shipped|"
            + "unveiled|introduced|debuted)\\b");
    private static final Pattern TOPIC_OBJECT = Pattern.compile("\\b(announced|released|launched|unveiled|introduced)"
            + "\\s+(?:the model|it)\\b");
    private static final Pattern GAP_TO_DATE = Pattern.compile("^[^,;.]{0,60}$");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (Mention m : ctx.mentions(Kinds.ARTIFACT)) {
            String head = ctx.head(m.begin());
            Matcher before = RELEASE_BEFORE.matcher(head);
            Matcher announce = ANNOUNCE_BEFORE.matcher(head);
            Matcher after = RELEASE_AFTER.matcher(ctx.rest(m.end()));
            if (before.find()) {
                dated(ctx, m, Relation.RELEASE_DATE, ctx.sentence().begin() + before.start(), m.end(), out);
            } else if (announce.find()) {
                dated(ctx, m, Relation.ANNOUNCEMENT_DATE, ctx.sentence().begin() + announce.start(), m.end(), out);
            } else if (after.find()) {
                dated(ctx, m, Relation.RELEASE_DATE, m.begin(), m.end() + after.end(), out);
            }
        }
        Matcher topic = TOPIC_OBJECT.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        if (topic.find() && ctx.mentions(Kinds.ARTIFACT).isEmpty() && ctx.localTopic() != null) {
            Relation r = topic.group(1).equals("announced") ? Relation.ANNOUNCEMENT_DATE : Relation.RELEASE_DATE;
            dated(ctx, ctx.localTopic(), r, topic.start(), topic.end(), out);
        }
    }

    /**
     * Whether the words from {@code from} to {@code to} are blank, or only organization names with
     * commas: "On 30 September 2025, Foo launched", "In April, Foo released".
     */
    private static boolean onlyMakerBetween(SentenceContext ctx, int from, int to) {
        StringBuilder gap = new StringBuilder(ctx.text().substring(from, to));
        for (Mention m : ctx.mentions()) {
            if (m.begin() >= from && m.end() <= to) {
                if (!Kinds.ORG.test(m)) {
                    return false;
                }
                for (int i = m.begin(); i < m.end(); i++) {
                    gap.setCharAt(i - from, ' ');
                }
            }
        }
        return gap.toString().matches("[\\s,]*");
    }

    /** Claims the date closest after {@code anchorEnd}, else the one just before the verb at {@code from}. */
    private static void dated(SentenceContext ctx, Mention m, Relation relation, int from, int anchorEnd,
                              Consumer<Claim> out) {
        DateMention date = null;
        for (DateMention d : ctx.dates()) {
            if (d.begin() >= anchorEnd && GAP_TO_DATE.matcher(ctx.text().substring(anchorEnd, d.begin())).matches()) {
                date = d;
                break;
            }
            if (d.end() <= from && onlyMakerBetween(ctx, d.end(), from)) {
                date = d;
            }
        }
        if (date == null) {
            return;
        }
        int begin = Math.min(from, date.begin());
        int end = Math.max(anchorEnd, date.end());
        if (!StatusCues.negatedOrHypothetical(ctx.text().substring(begin, end))) {
            ClaimFactory claims = new ClaimFactory(ctx);
            out.accept(claims.claim(m, relation, new ClaimValue.DateValue(date.value()), begin, end,
                    "release-date", 0.85));
        }
    }
}
