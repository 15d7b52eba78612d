package org.newsgraph.extract;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsgraph.mention.Catalog;
import org.newsgraph.mention.CatalogEntry;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.EntityType;

/**
 * A unit whose name begins with the name of a known organization belongs to it: "Foo Cloud",
 * "FC Innovation Division". Organizations not typed as units qualify when the rest of the name is
 * a unit word ("... Cloud", "... Labs"). The unit's own name is the evidence. Out:
 * {@code ng:subOrganizationOf}.
 */
public final class NamePrefixExtractor implements Extractor {
    private static final Pattern UNIT_TAIL = Pattern.compile(
            " (?:Cloud|Division|Unit|Team|Lab|Labs|Laboratory|Academy|Research|Institute)$");
    private final Catalog catalog;

    public NamePrefixExtractor(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        for (Mention unit : ctx.mentions(Kinds.ORG)) {
            Mention parent = longestParentPrefix(unit);
            if (parent != null) {
                out.accept(claims.claim(unit, Relation.SUB_ORGANIZATION_OF,
                        new ClaimValue.EntityValue(parent), unit.begin(), unit.end(), "name-prefix", 0.7));
            }
        }
    }

    private Mention longestParentPrefix(Mention unit) {
        String name = unit.surface();
        for (int cut = name.lastIndexOf(' '); cut > 0; cut = name.lastIndexOf(' ', cut - 1)) {
            String key = catalog.names().keyOf(name.substring(0, cut));
            CatalogEntry parent = key == null ? null : catalog.entry(key).orElse(null);
            if (parent != null && parent.type().isOrganization() && !key.equals(unit.key())
                    && (unit.type() == EntityType.ORGANIZATION_UNIT || UNIT_TAIL.matcher(name).find())) {
                return new Mention(unit.begin(), unit.begin() + cut, name.substring(0, cut), key,
                        parent.type(), null, null, true);
            }
        }
        return null;
    }
}
