package org.newsgraph.extract;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.time.DateMention;

/**
 * When a model or product came out: a release verb between the model and a date that follows it
 * closely ("Kuaishou shipped Kling in the summer of 2024", "Alibaba Cloud released HappyHorse 1.1
 * on Sunday 21 June 2026", "Sora 2 shipped last autumn", "launched Happy Horse on Friday").
 * "announced" gives an announcement date instead. Out: {@code ng:releaseDate} /
 * {@code ng:announcementDate} claims with a date at the precision the text gives.
 */
public final class ReleaseDateExtractor implements Extractor {
    private static final Pattern RELEASE_BEFORE = Pattern.compile("(?:launched|released|shipped|"
            + "unveiled|introduced|debuted|rolled out|open-sourced|launches|releases|ships)\\s+"
            + "(?:(?:its|the|a|an|new|latest)\\s+)?$");
    private static final Pattern RELEASE_AFTER = Pattern.compile("^\\s+(?:(?:was|were|is|has been|"
            + "had been|first)\\s+)?(?:launched|released|shipped|unveiled|introduced|debuted|"
            + "rolled out|went live|arrived)\\s+");
    private static final Pattern ANNOUNCE_BEFORE = Pattern.compile("announced\\s+(?:(?:its|the|a|an|"
            + "new|latest)\\s+)?$");
    private static final Pattern GAP_TO_DATE = Pattern.compile("^[^,;.]{0,40}$");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (Mention m : ctx.mentions(Kinds.ARTIFACT)) {
            String head = ctx.head(m.begin());
            Relation relation = null;
            int from = m.begin();
            if (RELEASE_BEFORE.matcher(head).find()) {
                relation = Relation.RELEASE_DATE;
                from = verbStart(ctx, m.begin());
            } else if (ANNOUNCE_BEFORE.matcher(head).find()) {
                relation = Relation.ANNOUNCEMENT_DATE;
                from = verbStart(ctx, m.begin());
            } else if (RELEASE_AFTER.matcher(ctx.rest(m.end())).find()) {
                relation = Relation.RELEASE_DATE;
            }
            if (relation != null) {
                dateAfter(ctx, m, relation, from, out);
            }
        }
    }

    private static int verbStart(SentenceContext ctx, int before) {
        String head = ctx.head(before).stripTrailing();
        int space = head.lastIndexOf(' ');
        String lastWord = head.substring(space + 1);
        while (lastWord.matches("its|the|a|an|new|latest") && space > 0) {
            head = head.substring(0, space).stripTrailing();
            space = head.lastIndexOf(' ');
            lastWord = head.substring(space + 1);
        }
        return ctx.sentence().begin() + space + 1;
    }

    private static void dateAfter(SentenceContext ctx, Mention m, Relation relation, int from,
                                  Consumer<Claim> out) {
        for (DateMention d : ctx.dates()) {
            if (d.begin() >= m.end() && GAP_TO_DATE.matcher(ctx.text().substring(m.end(), d.begin())).matches()) {
                String clause = ctx.text().substring(from, d.end());
                if (!StatusCues.negatedOrHypothetical(clause)) {
                    ClaimFactory claims = new ClaimFactory(ctx);
                    out.accept(claims.claim(m, relation, new ClaimValue.DateValue(d.value()), from,
                            d.end(), "release-date", 0.85));
                }
                return;
            }
        }
    }
}
