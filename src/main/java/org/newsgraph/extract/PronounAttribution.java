package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Makers named by a pronoun. "Foo said its Bar models ...", "Foo's announcement that it had built
 * ... its own Bar chips": "its" before a model or product is the organization the sentence opens
 * with, when no other organization is named between them. "Its previous model, Bar 2, ..." or
 * "The company plans to release Bar 3" at the start of a sentence that names no organization:
 * the organization of the sentences before. "The Paris-based group claimed its latest system, called
 * Bar": the described organization is the one of the sentences before. "Foo spent $6 million to
 * train it": the model in focus. Out: {@code ng:developedBy}.
 */
final class PronounAttribution {
    private static final Pattern ITS_BEFORE = Pattern.compile("\\bits\\s+(?:(?:own\\s+)?(?:[a-z][\\w-]*\\s+){0,2}|"
            + "(?:[\\w-]+\\s+){0,5}[\\w-]+,?\\s+" + WordLists.alternation("naming-words") + "\\s+)[“\"]?$");
    private static final Pattern DESCRIBED_OPENER = Pattern.compile("^The\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + WordLists.alternation("organization-descriptors") + "\\b");
    private static final Pattern TRAINED_IT = Pattern.compile("\\b(?:train|trained|training|build|built|building|"
            + "develop|developed|developing|create|created)\\s+(?:it|the model)\\b");
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
        Mention opener = opener(ctx);
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
            } else if (opener != null && onlyOrganization(ms, opener, i)) {
                int from = i > 0 ? ms.get(i - 1).end() : ctx.sentence().begin();
                if (from >= opener.end() && ITS_BEFORE.matcher(ctx.text().substring(from, m.begin())).find()) {
                    out.accept(claims.claim(m, Relation.DEVELOPED_BY, new ClaimValue.EntityValue(opener),
                            Math.max(opener.begin(), ctx.sentence().begin()), m.end(), "its", 0.7));
                }
            }
        }
        trainedIt(ctx, opener, claims, out);
    }

    /**
     * The organization the sentence opens with: named within its first words, or described ("The
     * Paris-based group ...") in a sentence that names none: then the organization of the sentences before.
     */
    private static Mention opener(SentenceContext ctx) {
        List<Mention> ms = ctx.mentions();
        if (!ms.isEmpty() && Kinds.ORG.test(ms.get(0))) {
            return ms.get(0).begin() - ctx.sentence().begin() <= SUBJECT_REACH ? ms.get(0) : null;
        }
        boolean described = DESCRIBED_OPENER.matcher(ctx.sentence().text()).find() && ms.stream().noneMatch(Kinds.ORG);
        return described ? ctx.localOrganization() : null;
    }

    /**
     * "Foo claims to have spent $6 million to train it", "Foo said its research unit had to develop
     * new methods to train the model": the model in focus, in a sentence naming no model, made by the
     * opening organization or the unit of it named before the verb.
     */
    private static void trainedIt(SentenceContext ctx, Mention opener, ClaimFactory claims, Consumer<Claim> out) {
        Mention topic = ctx.localTopic();
        if (opener == null || topic == null || !ctx.mentions(Kinds.MODEL).isEmpty()) {
            return;
        }
        Matcher m = TRAINED_IT.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        if (!m.find() || !ctx.mentions().contains(opener)) {
            return;
        }
        Mention maker = opener;
        for (Mention o : ctx.mentions(Kinds.ORG)) {
            if (o.begin() > opener.end() && o.end() <= m.start()) {
                if (o.type() != EntityType.ORGANIZATION_UNIT) {
                    return;
                }
                maker = o;
            }
        }
        out.accept(claims.claim(topic, Relation.DEVELOPED_BY, new ClaimValue.EntityValue(maker),
                opener.begin(), m.end(), "trained-it", 0.6));
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
