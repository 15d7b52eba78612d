package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * Models set against each other: "displacing Bar's Kestrel", "an Elo forty points above Kestrel 2
 * and sixty above Heron 3", "outperforming or matching recent hits such as Kestrel 2.0", "put it
 * ahead of Kestrel 2", "drawing near-identical scores to Heron 3", "Like Foo's Kestrel, Heron can ...", "However, unlike Foo or Bar, Baz will ..." (organizations
 * too, each with its own kind). The subject
 * is the first model
 * before the cue word (or the model in focus when the sentence says "it" or "the model"); every
 * other model family in the sentence is compared with it. Out: {@code ng:comparedWith} claims.
 */
public final class ComparisonExtractor implements Extractor {
    private static final Pattern CUE = Pattern.compile("\\b(?:displac(?:ing|ed|es)|dethron(?:ing|ed)|"
            + "surpass(?:ed|es|ing)?|outperform(?:ed|s|ing)?|overt(?:ook|aking|akes)|beat(?:ing|s)?|"
            + "match(?:ed|es|ing)|above|ahead of|behind|versus|vs\\.?|compared (?:with|to)|"
            + "comparison with|against|rivals?|rivall?ing|competitors?|competing with|competition|"
            + "level with|edge over|trails?|trailing|lags?|near-identical|on par with|comparable to|"
            + "similar to|neck and neck with|(?:better|worse|faster|cheaper|stronger|weaker|smarter|more capable) than|"
            + "same level (?:as|or better than))\\b");
    private static final Pattern LIKE = Pattern.compile("\\s*(?:(?:However|But|And|Still|Yet|Meanwhile),?\\s+)?"
            + "(?:(?:Just|Much|just|much)\\s+)?(?:[Ll]ike|[Uu]nlike)\\s+[^,]{1,80},\\s+");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:it|It|the model|The model)\\b");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        Matcher like = LIKE.matcher(ctx.sentence().text());
        if (like.lookingAt()) {
            likeClause(ctx, ctx.sentence().begin() + like.end(), out);
        }
        Matcher cue = CUE.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        if (!cue.find()) {
            return;
        }
        int at = cue.start();
        List<Mention> models = ctx.mentions(Kinds.MODEL);
        Mention subject = models.stream().filter(m -> m.end() <= at).findFirst().orElse(null);
        List<Mention> others = new ArrayList<>();
        if (subject == null && ctx.localTopic() != null && PRONOUN.matcher(ctx.head(at)).find()) {
            subject = ctx.localTopic();
            models.stream().filter(m -> m.begin() > at).forEach(others::add);
        } else if (subject != null) {
            others.addAll(models);
        }
        emit(ctx, subject, others, cue, out);
    }

    /** Whether two models are one line of models: the same family, or one a version or variant of the other. */
    private static boolean sameLine(Mention a, Mention b) {
        return a == b || Kinds.familyOf(a).equals(Kinds.familyOf(b)) || a.key().startsWith(b.key() + "-")
                || b.key().startsWith(a.key() + "-");
    }

    /**
     * "Like Foo's Bar model, Baz is able to ...": Baz, the first name after the comma, set against
     * those of its kind (organizations or models) before it.
     */
    private static void likeClause(SentenceContext ctx, int comma, Consumer<Claim> out) {
        Mention subject = ctx.mentions().stream().filter(m -> m.begin() >= comma).findFirst().orElse(null);
        if (subject == null || !ctx.text().substring(comma, subject.begin()).isBlank()
                || !Kinds.MODEL.test(subject) && !Kinds.ORG.test(subject)) {
            return;
        }
        ClaimFactory claims = new ClaimFactory(ctx);
        Predicate<Mention> kind = Kinds.ORG.test(subject) ? Kinds.ORG : Kinds.MODEL;
        for (Mention other : ctx.mentions(kind).stream().filter(m -> m.end() <= comma).toList()) {
            if (!sameLine(subject, other)) {
                out.accept(claims.claim(subject, Relation.COMPARED_WITH, new ClaimValue.EntityValue(other),
                        ctx.sentence().begin(), subject.end(), "comparison-like", 0.65));
            }
        }
    }

    private static void emit(SentenceContext ctx, Mention subject, List<Mention> others,
                             Matcher cue, Consumer<Claim> out) {
        if (subject == null) {
            return;
        }
        ClaimFactory claims = new ClaimFactory(ctx);
        boolean topic = !ctx.mentions().contains(subject);
        for (Mention other : others) {
            if (sameLine(subject, other)) {
                continue;
            }
            int begin = topic ? Math.min(cue.start(), other.begin()) : Math.min(subject.begin(), other.begin());
            int end = Math.max(topic ? cue.end() : subject.end(), other.end());
            out.accept(claims.claim(subject, Relation.COMPARED_WITH, new ClaimValue.EntityValue(other),
                    begin, end, topic ? "comparison-topic" : "comparison", topic ? 0.6 : 0.7));
        }
    }
}
