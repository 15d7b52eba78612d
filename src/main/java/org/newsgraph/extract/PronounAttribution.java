package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Makers named by a pronoun. "Foo said its Bar models ...", "Foo's announcement that it had built
 * ... its own Bar chips": "its" before a model or product is the organization the sentence opens
 * with, when no other organization is named between them. "Its previous model, Bar 2, ..." or
 * "The company plans to release Bar 3" at the start of a sentence that names no organization:
 * the organization of the sentences before. Out: {@code ng:developedBy}.
 */
final class PronounAttribution {
    private static final Pattern ITS_BEFORE = Pattern.compile("\\bits\\s+(?:own\\s+)?(?:[a-z][\\w-]*\\s+){0,2}[“\"]?$");
    private static final Pattern ITS_START = Pattern.compile("^Its\\s+(?:[a-z][\\w-]*\\s+){0,3}(?:model|system|product|"
            + "app|chatbot)?,?\\s*$");
    private static final Pattern COMPANY_RELEASES = Pattern.compile("^The (?:company|startup|firm|lab)\\s+(?:[a-z]+\\s+){0,3}"
            + "(?:released|launched|shipped|unveiled|introduced|release|launch|ship|unveil|introduce|debut)\\s+"
            + "(?:its\\s+|the\\s+|a\\s+|an\\s+)?[“\"]?$");
    private static final int SUBJECT_REACH = 25;

    private PronounAttribution() { }

    static void apply(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        ClaimFactory claims = new ClaimFactory(ctx);
        Mention opener = !ms.isEmpty() && Kinds.ORG.test(ms.get(0))
                && ms.get(0).begin() - ctx.sentence().begin() <= SUBJECT_REACH ? ms.get(0) : null;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (!Kinds.ARTIFACT.test(m)) {
                continue;
            }
            String head = ctx.head(m.begin());
            if ((ITS_START.matcher(head).matches() || COMPANY_RELEASES.matcher(head).matches())
                    && ctx.localOrganization() != null && ms.stream().noneMatch(Kinds.ORG)) {
                out.accept(claims.claim(m, Relation.DEVELOPED_BY, new ClaimValue.EntityValue(ctx.localOrganization()),
                        ctx.sentence().begin(), m.end(), "its-previous", 0.65));
            } else if (opener != null && i > 0 && onlyOrganization(ms, opener, i)) {
                Matcher its = ITS_BEFORE.matcher(ctx.text().substring(ms.get(i - 1).end(), m.begin()));
                if (its.find()) {
                    out.accept(claims.claim(m, Relation.DEVELOPED_BY, new ClaimValue.EntityValue(opener),
                            opener.begin(), m.end(), "its", 0.7));
                }
            }
        }
    }

    /** Whether {@code opener} is the only organization before mention {@code i}. */
    private static boolean onlyOrganization(List<Mention> ms, Mention opener, int i) {
        for (int j = 0; j < i; j++) {
            if (Kinds.ORG.test(ms.get(j)) && !ms.get(j).key().equals(opener.key())) {
                return false;
            }
        }
        return true;
    }
}
