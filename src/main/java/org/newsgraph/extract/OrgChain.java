package org.newsgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Follows a possessive chain of organizations to its most specific member: in "came out of the
 * Foo Hub's innovation business unit" the maker is the unit, not the hub.
 */
final class OrgChain {
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)\\s+");

    private OrgChain() { }

    /** The claim with its entity object moved to the end of a possessive chain, if it starts one. */
    static Claim deepest(SentenceContext ctx, Claim claim) {
        if (!(claim.object() instanceof ClaimValue.EntityValue ev)
                || ev.entity().begin() < claim.subject().begin()) {
            return claim;
        }
        List<Mention> ms = ctx.mentions();
        Mention object = ev.entity();
        int i = ms.indexOf(object);
        while (i >= 0 && i + 1 < ms.size() && Kinds.ORG.test(ms.get(i + 1))
                && POSSESSIVE.matcher(ctx.between(ms.get(i), ms.get(i + 1))).matches()) {
            object = ms.get(++i);
        }
        if (object == ev.entity() || object.key().equals(claim.subject().key())) {
            return claim;
        }
        Evidence e = claim.evidence();
        return new Claim(claim.subject(), claim.relation(), new ClaimValue.EntityValue(object),
                ctx.evidence(e.begin(), Math.max(e.end(), object.end())), claim.rule(),
                claim.confidence(), claim.status(), claim.asOf());
    }
}
