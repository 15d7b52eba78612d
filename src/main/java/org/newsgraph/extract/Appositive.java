package org.newsgraph.extract;

import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * The subject of a verb that follows an appositive: in "Foo, a startup that competes with Bar,
 * said ..." the one who said is Foo, not Bar. In: the sentence, the mention found nearest before
 * the verb and the verb's offset; out: the head of the appositive that encloses that mention, or
 * the mention itself.
 */
final class Appositive {
    private static final Pattern OPENS = Pattern.compile("^\\s*,\\s+(?:an?|the|which|who|whose|one|its)\\b");
    private static final Pattern CLOSES = Pattern.compile("^[^,]*,\\s*(?:(?:said|says|announced|told|reported|"
            + "confirmed)\\b.*)?$", Pattern.DOTALL);

    private Appositive() { }

    static Mention headOf(SentenceContext ctx, Mention nearest, int verb) {
        if (nearest == null) {
            return null;
        }
        for (Mention head : ctx.mentions()) {
            if (head.end() >= nearest.begin()) {
                return nearest;
            }
            String opening = ctx.text().substring(head.end(), nearest.begin());
            String closing = ctx.text().substring(nearest.end(), verb);
            if (OPENS.matcher(opening).find() && opening.indexOf(',', opening.indexOf(',') + 1) < 0
                    && CLOSES.matcher(closing).matches()) {
                return head;
            }
        }
        return nearest;
    }
}
