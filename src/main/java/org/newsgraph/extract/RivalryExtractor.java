package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Companies set against each other: "Foo, a startup that competes with Bar-backed Baz", "Foo is
 * investing in its rival Baz", "Foo, a challenger to Baz". The cue words are the word list
 * {@code rivalry-cues}; the rival is the organization (known, or a capitalised name) right after
 * the cue, past a few descriptive words and a "Bar-backed" modifier. In: one sentence; out:
 * {@code ng:comparedWith} claims between two organizations; a rival's product ("a model rivalling
 * Bar's Baz") is left to {@link ComparisonExtractor}.
 */
public final class RivalryExtractor implements Extractor {
    private static final Pattern CUE = Pattern.compile("\\b" + WordLists.alternation("rivalry-cues") + "\\s+");
    private static final Pattern BACKED_MODIFIER = Pattern.compile("\\G[\\p{L}\\d.&-]+-backed\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:'s|’s)\\s");
    private static final Pattern ARTIFACT_BEFORE = Pattern.compile("\\b(?:model|models|chatbot|app|product|system)\\s+$");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which)\\b.*\\b(?:that|which)\\b");
    private static final int REACH = 80;

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (!ctx.mentionsAny("compet", "rival", "challenger", "takes on", "taking on")) {
            return;
        }
        Matcher cue = CUE.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (cue.find()) {
            Mention company = companyBefore(ctx, cue.start());
            Mention rival = rivalAt(ctx, cue.end());
            boolean aboutArtifacts = rival != null && POSSESSIVE.matcher(ctx.rest(rival.end())).find()
                    || ARTIFACT_BEFORE.matcher(ctx.head(cue.start())).find()
                    || company != null && RELATIVE.matcher(ctx.text().substring(company.end(), cue.start())).find();
            if (company != null && rival != null && !aboutArtifacts && !company.key().equals(rival.key())) {
                String span = ctx.text().substring(company.begin(), rival.end());
                if (!StatusCues.negatedOrHypothetical(span)) {
                    out.accept(new ClaimFactory(ctx).claim(company, Relation.COMPARED_WITH,
                            new ClaimValue.EntityValue(rival), company.begin(), rival.end(), "rivalry", 0.7));
                }
            }
        }
    }

    private static Mention companyBefore(SentenceContext ctx, int cue) {
        List<Mention> orgs = ctx.mentions(Kinds.ORG).stream().filter(m -> m.end() <= cue && cue - m.end() <= REACH).toList();
        return orgs.isEmpty() ? null : Appositive.headOf(ctx, orgs.get(orgs.size() - 1), cue);
    }

    private static Mention rivalAt(SentenceContext ctx, int at) {
        Matcher backed = BACKED_MODIFIER.matcher(ctx.text()).region(at, ctx.sentence().end());
        int from = backed.find() ? backed.end() : at;
        List<Mention> names = NameList.at(ctx, from, EntityType.ORGANIZATION);
        return names.isEmpty() ? null : names.get(0);
    }
}
