package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Other names the text gives an entity: "Lumora Token Center (LTC)", "Zhang San (张三)", "X, also
 * known as Y", "Y (formerly X)". Both names must have been resolved to the same entity by the
 * mention stage. Out: {@code skos:altLabel} claims with the second name, tagged zh for Han script.
 */
public final class AliasExtractor implements Extractor {
    private static final Pattern BETWEEN = Pattern.compile("\\s?[(（]|,?\\s+(?:also known as|aka|"
            + "a\\.k\\.a\\.|known as|formerly(?: known as)?|previously|now called|renamed)\\s+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        ClaimFactory claims = new ClaimFactory(ctx);
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            if (a.key().equals(b.key()) && !a.surface().equals(b.surface())
                    && BETWEEN.matcher(ctx.between(a, b)).matches()) {
                String lang = HAN.matcher(b.surface()).find() ? "zh" : "en";
                int end = b.end() < ctx.sentence().end() && isClosing(ctx.text().charAt(b.end()))
                        ? b.end() + 1 : b.end();
                out.accept(claims.claim(a, Relation.ALT_LABEL, new ClaimValue.TextValue(b.surface(), lang),
                        a.begin(), end, "alias", 0.9));
            }
        }
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }
}
