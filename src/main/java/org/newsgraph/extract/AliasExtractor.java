package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Other names the text gives an entity: "Lumora Token Center (LTC)", "Zhang San (张三)", "X, also
 * known as Y", "Y (formerly X)": both names resolved to the same entity by the mention stage; and
 * "X, formerly known as Y and Z", "X (ex-Y)", where Y names no other entity the text mentions. A name is
 * stated whatever the clause around it plans. Out: {@code skos:altLabel} claims with the second
 * name, tagged zh for Han script.
 */
public final class AliasExtractor implements Extractor {
    private static final Pattern BETWEEN = Pattern.compile("\\s?[(（]|,?\\s+(?:also known as|aka|"
            + "a\\.k\\.a\\.|known as|formerly(?: known as)?|previously|now called|renamed)\\s+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String NAME = "\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.-]*){0,3}";
    private static final Pattern NAMED_AFTER = Pattern.compile("^(?:,?\\s+(?:also|better|formerly|previously)\\s+known\\s+as"
            + "|,?\\s+(?:aka|a\\.k\\.a\\.)|\\s?[(（](?:ex|formerly|previously|née)[-–—\\s]+)\\s*(" + NAME + ")"
            + "(?:(?:,\\s*|\\s+)(?:and|or)\\s+(" + NAME + "))?(?![\\p{L}\\d])");

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
                        a.begin(), end, "alias", 0.9).withStatus(Status.STATED));
            }
        }
        namedAfter(ctx, out);
    }

    /** "Foo, formerly known as Bar and Baz", "Foo (ex-Bar)": names no other mention claims. */
    private static void namedAfter(SentenceContext ctx, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        for (Mention m : ctx.mentions()) {
            if (!Kinds.ORG.test(m) && !Kinds.ARTIFACT.test(m)) {
                continue;
            }
            Matcher after = NAMED_AFTER.matcher(ctx.rest(m.end()));
            if (!after.find()) {
                continue;
            }
            for (int g = 1; g <= 2; g++) {
                int begin = after.start(g) < 0 ? -1 : m.end() + after.start(g);
                int end = m.end() + after.end(g);
                boolean other = begin >= 0 && ctx.mentions().stream().anyMatch(x -> x.begin() < end && begin < x.end()
                        && !x.key().equals(m.key()));
                if (begin >= 0 && !other) {
                    out.accept(claims.claim(m, Relation.ALT_LABEL, new ClaimValue.TextValue(after.group(g), "en"),
                            m.begin(), end, "alias-known-as", 0.8).withStatus(Status.STATED));
                }
            }
        }
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }
}
