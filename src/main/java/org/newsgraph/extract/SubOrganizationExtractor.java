package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Which organization a unit belongs to: "Alibaba's Qwen team", "the DAMO Academy, the research
 * arm of Alibaba Cloud", "X is a division of Y", "X was merged into Y", "Tongyi Laboratory
 * (Alibaba's foundational model research division)", "a subsidiary of Y" (ownership). Lists
 * ("the units merged into Y were A, B and C"; "Y's research division, which includes A and B")
 * are read by {@link UnitListRule}. Out: {@code ng:subOrganizationOf} and {@code ng:ownedBy} claims.
 */
public final class SubOrganizationExtractor implements Extractor {
    private static final String UNIT_NOUN = "(?:arm|unit|division|lab|laboratory|team|department|"
            + "wing|branch|group|academy|business)";
    private static final List<PairRule> RULES = List.of(
            new PairRule("possessive", Kinds.ORG, Pattern.compile("(?:'s|’s|'|’)\\s+(?:[a-z-]+\\s+)?"),
                    Kinds.UNIT, Relation.SUB_ORGANIZATION_OF, false, 0.8),
            new PairRule("unit-of", Kinds.ORG, Pattern.compile(",?\\s+(?:(?:is|was|are|were)\\s+)?"
                    + "(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}" + UNIT_NOUN + "\\s+(?:of|at|within|inside)"
                    + "\\s+(?:the\\s+)?"), Kinds.ORG, Relation.SUB_ORGANIZATION_OF, true, 0.85),
            new PairRule("merged-into", Kinds.ORG, Pattern.compile(",?\\s+(?:(?:was|were|has been|have "
                    + "been|is|are|had been)\\s+)?(?:merged|consolidated|folded|absorbed|placed|moved)\\s+"
                    + "(?:in)?to\\s+(?:the\\s+)?"), Kinds.ORG, Relation.SUB_ORGANIZATION_OF, true, 0.8),
            new PairRule("sits-inside", Kinds.ORG, Pattern.compile(",?\\s+(?:which\\s+)?(?:sits|operates|"
                    + "works)\\s+(?:inside|within|under)\\s+(?:the\\s+)?"), Kinds.ORG,
                    Relation.SUB_ORGANIZATION_OF, true, 0.8),
            new PairRule("parenthetical-unit", Kinds.UNIT, Pattern.compile("\\s+[(（](?:the\\s+)?"),
                    Kinds.ORG, Relation.SUB_ORGANIZATION_OF, true, 0.8),
            new PairRule("subsidiary-of", Kinds.ORG, Pattern.compile(",?\\s+(?:(?:is|was)\\s+)?(?:a|an|the)?"
                    + "\\s*(?:[a-z-]+\\s+)?(?:subsidiary of|owned by|unit owned by)\\s+(?:the\\s+)?"),
                    Kinds.ORG, Relation.OWNED_BY, true, 0.85));
    private static final Pattern PAREN_UNIT_TAIL = Pattern.compile(
            "(?s)(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,4}" + UNIT_NOUN + "\\b[^)）]*[)）].*");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (PairRule rule : RULES) {
            rule.apply(ctx, claim -> {
                if (!rule.name().equals("parenthetical-unit") || parentheticalIsUnit(ctx, claim)) {
                    out.accept(claim);
                }
            });
        }
        UnitListRule.apply(ctx, out);
    }

    private static boolean parentheticalIsUnit(SentenceContext ctx, Claim claim) {
        return PAREN_UNIT_TAIL.matcher(ctx.rest(claim.evidence().end())).matches();
    }
}
