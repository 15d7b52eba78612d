package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * A rule over two consecutive-in-text mentions: the first passes {@code left}, the second
 * passes {@code right}, and the words between them match {@code between} entirely. The claim
 * relates the subject (left or right, as {@code subjectIsLeft} says) to the other mention;
 * the evidence spans both mentions.
 */
record PairRule(String name, Predicate<Mention> left, Pattern between, Predicate<Mention> right,
                Relation relation, boolean subjectIsLeft, double confidence) {

    /** Applies the rule to every pair of mentions in the sentence with no mention between them. */
    void apply(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        ClaimFactory claims = new ClaimFactory(ctx);
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            if (a.key().equals(b.key()) || !left.test(a) || !right.test(b)) {
                continue;
            }
            if (between.matcher(ctx.between(a, b)).matches()) {
                Mention subject = subjectIsLeft ? a : b;
                Mention object = subjectIsLeft ? b : a;
                out.accept(claims.claim(subject, relation, new ClaimValue.EntityValue(object),
                        a.begin(), b.end(), name, confidence));
            }
        }
    }
}
