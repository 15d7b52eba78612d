package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Extends a claim to the names listed after its subject: "Foo's A and B", "Foo through its A, B
 * and C". In: a claim whose subject follows its entity object in the text. Out: the same claim
 * for each further name of the subject's kind joined by a comma or "and"/"or", up to one that has
 * its own maker ("B from Bar") or carries another organization's name ("Foo's A and Bar-V3").
 */
final class Coordination {
    private static final Pattern JOINER = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

    private static final Pattern OWN_MAKER = Pattern.compile("\\s+(?:from|by)\\s+(?:the\\s+)?");

    private Coordination() { }

    /** Whether list item {@code i} names its own maker ("B from Bar"). */
    private static boolean hasOwnMaker(SentenceContext ctx, List<Mention> ms, int i) {
        return i + 1 < ms.size() && Kinds.ORG.test(ms.get(i + 1))
                && OWN_MAKER.matcher(ctx.between(ms.get(i), ms.get(i + 1))).matches();
    }

    static void following(SentenceContext ctx, Claim claim, Consumer<Claim> out) {
        if (!(claim.object() instanceof ClaimValue.EntityValue ev) || ev.entity().begin() > claim.subject().begin()) {
            return;
        }
        List<Mention> ms = ctx.mentions();
        int i = ms.indexOf(claim.subject());
        while (i >= 0 && i + 1 < ms.size() && ms.get(i + 1).type() == claim.subject().type()
                && JOINER.matcher(ctx.between(ms.get(i), ms.get(i + 1))).matches()) {
            Mention next = ms.get(++i);
            if (hasOwnMaker(ctx, ms, i) || ctx.discourse().brandedByOther(next.surface(), ev.entity().key())) {
                return;
            }
            if (!next.key().equals(ev.entity().key())) {
                out.accept(new Claim(next, claim.relation(), claim.object(),
                        ctx.evidence(claim.evidence().begin(), Math.max(claim.evidence().end(), next.end())),
                        claim.rule(), claim.confidence(), claim.status(), claim.asOf()));
            }
        }
    }
}
