package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Who made a model or product, from the words between the two names: "Runway's Gen-3",
 * "OpenAI Sora 2", "Seedance 2.0 from ByteDance", "X was developed by Y", "X came out of Y",
 * "X is an internal product of Y", "ByteDance (through its Seedance models)", "Kuaishou shipped
 * Kling", "Alibaba has quietly released X". Out: {@code ng:developedBy} claims.
 */
public final class AttributionExtractor implements Extractor {
    private static final String AUX = "(?:(?:has|have|had|been|is|was|quietly|publicly|officially|"
            + "also|now|just|reportedly|recently|finally|first|already)\\s+){0,3}";
    private static final String VERB = "(?:launched|released|shipped|unveiled|introduced|debuted|"
            + "built|open-sourced|rolled out|offers|offered|offering|launches|releases|ships|"
            + "unveils|introduces|announced|announces|revealed|reveals|developed|develops|trained)";
    private static final String FILLER = "(?:(?:its|their|the|a|an|new|latest|own|[a-z]+-?[a-z]*)\\s+){0,4},?\\s*";
    private static final Pattern TOPIC_MADE_BY = Pattern.compile("^(?:The model|It|The product)\\s+"
            + "(?:was|is|has been)\\s+(?:developed|built|made|created|trained)\\s+by\\s+(?:the\\s+|its\\s+)?");
    private static final String APPOSITION = "(?:,[^,;]{1,120},)?";
    private static final List<PairRule> RULES = List.of(
            new PairRule("possessive", Kinds.ORG, Pattern.compile("(?:'s|’s|'|’)\\s+(?:[a-z-]+\\s+)?"),
                    Kinds.ARTIFACT, Relation.DEVELOPED_BY, false, 0.8),
            new PairRule("name-prefix", Kinds.ORG, Pattern.compile(" "), Kinds.ARTIFACT,
                    Relation.DEVELOPED_BY, false, 0.75),
            new PairRule("release-verb", Kinds.ORG, Pattern.compile("\\s+" + AUX + VERB + "\\s+" + FILLER),
                    Kinds.ARTIFACT, Relation.DEVELOPED_BY, false, 0.9),
            new PairRule("made-by", Kinds.ARTIFACT, Pattern.compile(APPOSITION + "\\s+(?:(?:was|is|were|are|has been|"
                    + "had been)\\s+)?(?:developed|built|made|created|trained|produced|released|"
                    + "launched)\\s+by\\s+(?:the\\s+|its\\s+)?"), Kinds.ORG, Relation.DEVELOPED_BY, true, 0.9),
            new PairRule("from", Kinds.ARTIFACT, Pattern.compile("\\s+from\\s+(?:the\\s+)?"), Kinds.ORG,
                    Relation.DEVELOPED_BY, true, 0.75),
            new PairRule("came-out-of", Kinds.ARTIFACT, Pattern.compile(",?\\s+(?:came|comes|emerged)\\s+"
                    + "(?:out of|from)\\s+(?:the\\s+|its\\s+)?"), Kinds.ORG, Relation.DEVELOPED_BY, true, 0.85),
            new PairRule("product-of", Kinds.ARTIFACT, Pattern.compile(APPOSITION + ",?\\s+(?:is|was)\\s+an?\\s+"
                    + "(?:[a-z-]+\\s+){0,2}(?:product|model|project|creation)\\s+of\\s+(?:its\\s+|the\\s+)?"),
                    Kinds.ORG, Relation.DEVELOPED_BY, true, 0.85),
            new PairRule("through", Kinds.ORG, Pattern.compile("\\s+[(（](?:through|via|with|maker of|"
                    + "behind)\\s+(?:its\\s+|their\\s+|the\\s+)?"), Kinds.ARTIFACT, Relation.DEVELOPED_BY,
                    false, 0.8),
            new PairRule("appositive-maker", Kinds.ARTIFACT, Pattern.compile(",\\s+(?:the|a|an)\\s+"),
                    Kinds.ORG, Relation.DEVELOPED_BY, true, 0.7));

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (PairRule rule : RULES) {
            rule.apply(ctx, claim -> {
                if (!rule.name().equals("appositive-maker") || makerNounFollows(ctx, claim)) {
                    out.accept(OrgChain.deepest(ctx, claim));
                }
            });
        }
        SubjectListRule.apply(ctx, out);
        topicMadeBy(ctx, out);
    }

    /** "The model was developed by X" / "It was built by X": the document's topic model. */
    private static void topicMadeBy(SentenceContext ctx, Consumer<Claim> out) {
        if (ctx.topic() == null || ctx.mentions().isEmpty()) {
            return;
        }
        Matcher m = TOPIC_MADE_BY.matcher(ctx.sentence().text());
        Mention org = ctx.mentions().get(0);
        if (m.find() && Kinds.ORG.test(org) && org.begin() == ctx.sentence().begin() + m.end()) {
            ClaimFactory claims = new ClaimFactory(ctx);
            out.accept(OrgChain.deepest(ctx, claims.claim(ctx.topic(), Relation.DEVELOPED_BY,
                    new ClaimValue.EntityValue(org), ctx.sentence().begin(), org.end(), "made-by-topic", 0.65)));
        }
    }

    private static boolean makerNounFollows(SentenceContext ctx, Claim claim) {
        String rest = ctx.rest(claim.evidence().end());
        return rest.matches("(?s)\\s+(?:[a-z-]+\\s+){0,2}(?:model|models|chatbot|app|product|system|"
                + "tool|platform|service|family)\\b.*");
    }
}
