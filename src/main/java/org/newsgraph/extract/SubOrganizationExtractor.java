package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Which organization a unit belongs to: "Foo's Nova team", "the Bar Academy, the research arm
 * of Foo Cloud", "X is a division of Y", "X was merged into Y", "Baz Laboratory (Foo's
 * foundational model research division)", "a subsidiary of Y" (ownership). Lists
 * ("the units merged into Y were A, B and C"; "Y's research division, which includes A and B")
 * are read by {@link UnitListRule}; "Foo Research, the company's research division" belongs to the
 * company of the sentences before; "Foo's Policy Office" (a name ending in a unit word) belongs to Foo.
 * "Foo, a subsidiary of Korean maker Bar" gives ownership (acquisitions are {@link AcquisitionExtractor}'s),
 * as do "Bar, which owns Foo", "Bar-owned AI company Foo", "Foo's parent company Bar" and "Foo owner Bar".
 * Out: {@code ng:subOrganizationOf} and {@code ng:ownedBy} claims.
 */
public final class SubOrganizationExtractor implements Extractor {
    private static final String UNIT_NOUN = "(?:arm|unit|division|lab|laboratory|team|department|"
            + "wing|branch|group|academy|business)";
    private static final List<PairRule> RULES = List.of(
            new PairRule("possessive", Kinds.ORG, Pattern.compile("(?:'s|’s|'|’)\\s+(?:[a-z-]+\\s+)?"),
                    Kinds.UNIT, Relation.SUB_ORGANIZATION_OF, false, 0.8),
            new PairRule("unit-of", Kinds.ORG, Pattern.compile(",?\\s+(?:(?:is|was|are|were)\\s+)?"
                    + "(?:the|a|an)\\s+(?:[\\p{L}&-]+\\s+){0,3}" + UNIT_NOUN + "\\s+(?:of|at|within|inside)"
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
                    + "\\s*(?:[a-z-]+\\s+)?(?:subsidiary of|owned by|unit owned by)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?"),
                    Kinds.ORG, Relation.OWNED_BY, true, 0.85),
            new PairRule("which-owns", Kinds.ORG, Pattern.compile(",\\s+which\\s+(?:also\\s+)?owns\\s+(?:the\\s+)?"),
                    Kinds.ORG, Relation.OWNED_BY, false, 0.85),
            new PairRule("owner-owned", Kinds.ORG, Pattern.compile("-owned\\s+(?:[a-z-]+\\s+|AI\\s+){0,3}"),
                    Kinds.ORG, Relation.OWNED_BY, false, 0.8),
            new PairRule("parent-company", Kinds.ORG, Pattern.compile("(?:'s|’s|'|’)\\s+parent(?:\\s+company)?,?\\s+"),
                    Kinds.ORG, Relation.OWNED_BY, true, 0.85),
            new PairRule("owner-noun", Kinds.ORG, Pattern.compile("\\s+(?:owner|parent)(?:\\s+company)?,?\\s+"),
                    Kinds.ORG, Relation.OWNED_BY, true, 0.8),
            new PairRule("possessive-office", Kinds.ORG, Pattern.compile("(?:'s|’s)\\s+"), Kinds.ORG,
                    Relation.SUB_ORGANIZATION_OF, false, 0.75));
    private static final Pattern UNIT_NAME = Pattern.compile(" (?:Office|Bureau|Agency|Council|Division|Lab|Labs|"
            + "Team|Unit|Academy|Institute|Research|Department)$");
    private static final Pattern COMPANYS_UNIT = Pattern.compile("^,\\s+the (?:company|firm|group)(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,3}"
            + UNIT_NOUN + "\\b");
    private static final Pattern PAREN_UNIT_TAIL = Pattern.compile(
            "(?s)(?:'s|’s)\\s+(?:[\\p{L}-]+\\s+){0,4}" + UNIT_NOUN + "\\b[^)）]*[)）].*");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (PairRule rule : RULES) {
            rule.apply(ctx, claim -> {
                if (rule.name().equals("parenthetical-unit") && !parentheticalIsUnit(ctx, claim)
                        || rule.name().equals("possessive-office") && !UNIT_NAME.matcher(claim.subject().surface()).find()) {
                    return;
                }
                out.accept(claim);
            });
        }
        UnitListRule.apply(ctx, out);
        companysUnit(ctx, out);
    }

    /** "Foo Research, the company's applied research division": the company of the sentences before. */
    private static void companysUnit(SentenceContext ctx, Consumer<Claim> out) {
        Mention parent = ctx.localOrganization();
        for (Mention unit : ctx.mentions(Kinds.ORG)) {
            Matcher m = COMPANYS_UNIT.matcher(ctx.rest(unit.end()));
            if (parent != null && m.find() && !parent.key().equals(unit.key())) {
                out.accept(new ClaimFactory(ctx).claim(unit, Relation.SUB_ORGANIZATION_OF,
                        new ClaimValue.EntityValue(parent), unit.begin(), unit.end() + m.end(), "company-unit", 0.7));
            }
        }
    }

    private static boolean parentheticalIsUnit(SentenceContext ctx, Claim claim) {
        return PAREN_UNIT_TAIL.matcher(ctx.rest(claim.evidence().end())).matches();
    }
}
