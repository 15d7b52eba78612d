package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Who made a model or product, from the words between the two names: a possessive ("Foo's Bar 2"),
 * the maker's name in front ("Foo Bar 2"), a release verb with optional dates, appositions and
 * auxiliaries between ("Foo, a provider of ..., today announced Bar", "Foo on Monday released Bar",
 * "Foo is preparing to release Bar", "Foo recently updated its Bar model"; verbs in list
 * {@code maker-verbs}), "Foo's new image model, called Bar", "Bar, the latest model from Foo",
 * "The model comes from ... startup Foo in partnership with studio Baz", a gerund ("the cost of
 * shipping Bar"), "Bar was developed by Foo", "Bar, developed by Foo", "Bar from Foo", "Bar, a
 * general-purpose model created by Chinese platform Foo", "Bar is a model trained from scratch by
 * Foo", "Bar maker Foo", "Bar-maker Foo", "Foo, the company behind Bar", "Foo, the
 * maker of Bar", "Bar, a release from a startup called Foo", "Bar came out of Foo", "Bar is
 * an internal product of Foo", "Foo (through its Bar models)", "Bar, Foo's cloud service", "Bar (Foo)"; also
 * "its Bar" ({@link PronounAttribution}), "Bar, the models that Foo has released"
 * ({@link RelativeAttribution}), lists ("Foo's A and B") and table rows. A planned release still
 * names the maker, so these claims are never "planned". Out: {@code ng:developedBy} claims.
 */
public final class AttributionExtractor implements Extractor {
    private static final String AUX = "(?:(?:has|have|had|been|is|are|was|were|be|also|now|just|reportedly|"
            + "recently|finally|first|already|quietly|publicly|officially|preparing|planning|set|expected|poised|"
            + "about|going|due|to|will|would|can|could|said|says|today|yesterday)\\s+){0,5}";
    private static final String VERB = WordLists.alternation("maker-verbs");
    private static final String NAMING = WordLists.alternation("naming-words");
    private static final String WHEN = "(?:(?:on|this|last|earlier|late|early)\\s+\\p{L}+\\s+|today\\s+|yesterday\\s+)?";
    private static final String FILLER = "(?:(?:its|their|the|a|an|new|latest|own|[a-z\\d]+(?:-[a-z\\d]+)*)\\s+){0,8}"
            + "(?:(?:model|models|chatbot|app|assistant|agent|system|tool|platform|service|version|LLM|product),\\s+"
            + "(?:(?:called|named|dubbed|known as)\\s+)?)?"
            + "(?:[-–—:]\\s+)?,?\\s*[“\"‘']?";
    private static final Pattern TOPIC_MADE_BY = Pattern.compile("^(?:The (?:new\\s+)?model|It|The product)\\s+"
            + "(?:(?:was|is|has been)\\s+(?:developed|built|made|created|trained)\\s+by|comes\\s+from|came\\s+from)"
            + "\\s+(?:the\\s+|its\\s+)?");
    private static final Pattern PARTNER = Pattern.compile("\\s+(?:in partnership with|together with|in "
            + "collaboration with|and)\\s+(?:the\\s+)?(?:[“\"]?[\\p{L}-]+[”\"]?\\s+){0,8}");
    private static final Pattern DESCRIPTION = Pattern.compile("(?:[\\p{L}-]+\\s+){0,8}");
    private static final String APPOSITION = "(?:,[^,]{1,120},)?";
    private static final String MAKER_NOUN = "(?:model|models|chatbot|app|product|system|tool|platform|service|"
            + "family|chip|chips|supercomputer)";
    private static final List<PairRule> RULES = List.of(
            new PairRule("possessive", Kinds.ORG, Pattern.compile("(?:'s|’s|´s|'|’|´)\\s+(?:(?:[a-z-]+,?\\s+){0,3}|(?:[\\p{L}-]+"
                    + "\\s+){0,5}" + MAKER_NOUN + ",?\\s+" + NAMING + "\\s+)[“\"]?"),
                    Kinds.ARTIFACT, Relation.DEVELOPED_BY, false, 0.8),
            new PairRule("maker-in-parentheses", Kinds.ARTIFACT, Pattern.compile("\\s?[(（]"), Kinds.ORG,
                    Relation.DEVELOPED_BY, true, 0.75),
            new PairRule("name-prefix", Kinds.ORG, Pattern.compile(" "), Kinds.ARTIFACT,
                    Relation.DEVELOPED_BY, false, 0.75),
            new PairRule("release-verb", Kinds.ORG, Pattern.compile("[)）]?(?:\\s*[(（][^)）]{1,40}[)）])?(?:,[^;]{1,100}?,)?\\s+"
                    + WHEN + AUX + VERB + "\\s+" + FILLER), Kinds.ARTIFACT, Relation.DEVELOPED_BY, false, 0.9),
            new PairRule("gerund", Kinds.ORG, Pattern.compile("\\s+(?:[a-z]+\\s+){1,6}(?:shipping|releasing|launching)\\s+"),
                    Kinds.ARTIFACT, Relation.DEVELOPED_BY, false, 0.7),
            new PairRule("made-by", Kinds.ARTIFACT, Pattern.compile(APPOSITION + ",?\\s+(?:(?:was|is|were|are|has been|"
                    + "had been)\\s+)?(?:developed|built|made|created|trained|produced|released|"
                    + "launched)\\s+by\\s+(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,4}?"), Kinds.ORG, Relation.DEVELOPED_BY, true,
                    0.9),
            new PairRule("described-made-by", Kinds.ARTIFACT, Pattern.compile("(?:,|\\s+(?:is|was))\\s+(?:an?|the|its)\\s+"
                    + "[^;()“”\"]{0,100}?\\s+(?:developed|built|made|created|trained|produced|released|launched|unveiled|"
                    + "introduced)(?:\\s+from scratch|\\s+under\\s+[^,;]{1,40}?)?\\s+by\\s+"
                    + "(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,4}?"), Kinds.ORG, Relation.DEVELOPED_BY, true, 0.85),
            new PairRule("maker-of", Kinds.ORG, Pattern.compile(",\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,3}(?:(?:maker|developer|"
                    + "creator|company|firm|startup|lab|team|group)\\s+behind|(?:maker|developer|creator)\\s+of)\\s+(?:the\\s+|its\\s+)?"
                    + "(?:[a-z-]+\\s+){0,3}"), Kinds.ARTIFACT, Relation.DEVELOPED_BY, false, 0.85),
            new PairRule("maker-noun", Kinds.ARTIFACT, Pattern.compile("[ -](?:maker|developer|creator)\\s+"),
                    Kinds.ORG, Relation.DEVELOPED_BY, true, 0.8),
            new PairRule("from", Kinds.ARTIFACT, Pattern.compile("\\s+from\\s+(?:the\\s+)?"), Kinds.ORG,
                    Relation.DEVELOPED_BY, true, 0.75),
            new PairRule("from-described", Kinds.ARTIFACT, Pattern.compile(",\\s+an?\\s+(?:[a-z-]+\\s+){0,3}(?:release|"
                    + "model|entrant|entry|system|product)\\s+from\\s+(?:an?\\s+|the\\s+)(?:[\\p{L}-]+\\s+){0,4}(?:startup|"
                    + "company|lab|firm|developer|maker)\\s+(?:called|named)\\s+"), Kinds.ORG, Relation.DEVELOPED_BY, true, 0.8),
            new PairRule("described-from", Kinds.ARTIFACT, Pattern.compile(",\\s+(?:the|its|a|an)\\s+(?:[a-z-]+\\s+){0,3}"
                    + MAKER_NOUN + "\\s+from\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}"), Kinds.ORG, Relation.DEVELOPED_BY,
                    true, 0.8),
            new PairRule("came-out-of", Kinds.ARTIFACT, Pattern.compile(",?\\s+(?:came|comes|emerged)\\s+"
                    + "(?:out of|from)\\s+(?:the\\s+|its\\s+)?"), Kinds.ORG, Relation.DEVELOPED_BY, true, 0.85),
            new PairRule("product-of", Kinds.ARTIFACT, Pattern.compile(APPOSITION + ",?\\s+(?:is|was)\\s+an?\\s+"
                    + "(?:[a-z-]+\\s+){0,2}(?:product|model|project|creation)\\s+of\\s+(?:its\\s+|the\\s+)?"),
                    Kinds.ORG, Relation.DEVELOPED_BY, true, 0.85),
            new PairRule("through", Kinds.ORG, Pattern.compile("\\s+[(（]?(?:through|via|maker of|behind)\\s+"
                    + "(?:its\\s+|their\\s+|the\\s+)?"), Kinds.ARTIFACT, Relation.DEVELOPED_BY, false, 0.8),
            new PairRule("appositive-maker", Kinds.ARTIFACT, Pattern.compile("(?:\\s+" + MAKER_NOUN + ")?,\\s+(?:(?:the|a|an)\\s+)?"),
                    Kinds.ORG, Relation.DEVELOPED_BY, true, 0.7));
    private static final Pattern MAKER_NOUN_AFTER = Pattern.compile("(?s)(?:'s|’s)?\\s+(?:[a-z-]+\\s+){0,2}"
            + MAKER_NOUN + "\\b.*");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        Consumer<Claim> sink = c -> out.accept(c.status() == Status.PLANNED ? c.withStatus(Status.STATED) : c);
        for (PairRule rule : RULES) {
            rule.apply(ctx, claim -> {
                boolean kept = rule.name().equals("appositive-maker") ? makerNounFollows(ctx, claim)
                        : !rule.name().equals("maker-in-parentheses") || closesAfter(ctx, claim);
                if (kept) {
                    Claim deepest = OrgChain.deepest(ctx, claim);
                    sink.accept(deepest);
                    Coordination.following(ctx, deepest, sink);
                }
            });
        }
        SubjectListRule.apply(ctx, sink);
        PronounAttribution.apply(ctx, c -> {
            sink.accept(c);
            Coordination.following(ctx, c, sink);
        });
        RelativeAttribution.apply(ctx, sink);
        topicMadeBy(ctx, sink);
    }

    /** "Bar (Foo)": the parenthesis closes right after the maker's name. */
    private static boolean closesAfter(SentenceContext ctx, Claim claim) {
        String rest = ctx.rest(claim.evidence().end());
        return rest.startsWith(")") || rest.startsWith("）");
    }

    /**
     * "The model was developed by X" / "It was built by X" / "The model comes from Los Angeles-based
     * startup X in partnership with studio Y": the model in focus, made by the first organization
     * named after the verb (descriptive words between allowed) and by partners joined to it.
     */
    private static void topicMadeBy(SentenceContext ctx, Consumer<Claim> out) {
        Matcher m = TOPIC_MADE_BY.matcher(ctx.sentence().text());
        List<Mention> ms = ctx.mentions();
        if (ctx.localTopic() == null || ms.isEmpty() || !m.find() || !Kinds.ORG.test(ms.get(0))) {
            return;
        }
        int verbEnd = ctx.sentence().begin() + m.end();
        Mention org = ms.get(0);
        if (org.begin() < verbEnd || !DESCRIPTION.matcher(ctx.text().substring(verbEnd, org.begin())).matches()) {
            return;
        }
        ClaimFactory claims = new ClaimFactory(ctx);
        out.accept(OrgChain.deepest(ctx, claims.claim(ctx.localTopic(), Relation.DEVELOPED_BY,
                new ClaimValue.EntityValue(org), ctx.sentence().begin(), org.end(), "made-by-topic", 0.65)));
        for (int i = 1; i < ms.size() && Kinds.ORG.test(ms.get(i)); i++) {
            if (!PARTNER.matcher(ctx.between(ms.get(i - 1), ms.get(i))).matches()) {
                return;
            }
            out.accept(claims.claim(ctx.localTopic(), Relation.DEVELOPED_BY, new ClaimValue.EntityValue(ms.get(i)),
                    ms.get(i - 1).begin(), ms.get(i).end(), "made-by-topic", 0.6));
        }
    }

    private static boolean makerNounFollows(SentenceContext ctx, Claim claim) {
        return MAKER_NOUN_AFTER.matcher(ctx.rest(claim.evidence().end())).matches();
    }
}
