package org.newsgraph.extract;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.RoleTitles;
import org.newsgraph.text.WordLists;

/**
 * People's roles: the appositives of {@link RoleAppositives} ("Jane Doe, co-founder and chief
 * scientist at Foo"), a title before the name ("led by CEO Jane Doe", "Foo CEO Jane Doe", "Foo's
 * chief executive Jane Doe", "former Foo CTO Jane Doe", "former Foo and Bar executive Jane Doe", "Foo's former AI
 * scientist Jane Doe", "Founder and CEO Jane Doe") and the
 * sentence patterns of {@link RoleSentences}. Titles are those of {@link RoleTitles}.
 * Out: {@code ng:hasRole} claims whose value holds title, organization and whether it is former.
 */
public final class RoleExtractor implements Extractor {
    static final String TITLE = RoleTitles.REGEX;
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![\\p{L}-])((?-i:(?<!\\p{Lu}[\\p{L}.&-]{0,20}\\s)"
            + WordLists.alternation("title-modifiers") + "\\s+)?" + TITLE + ")(?:\\s+and\\s+(" + TITLE + "))?,?\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern ORG_GAP = Pattern.compile("(?:(?:'s|’s|'|’)\\s+(?:former\\s+)?|\\s)");
    private static final Pattern FORMER = Pattern.compile("\\b(?:former|ex-|departed|onetime|one-time)\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention person = ms.get(i);
            if (Kinds.PERSON.test(person)) {
                RoleAppositives.apply(ctx, person, out);
                titleBefore(ctx, ms, i, out);
                RoleSentences.apply(ctx, i, out);
            }
        }
    }

    private static void titleBefore(SentenceContext ctx, List<Mention> ms, int i, Consumer<Claim> out) {
        Mention person = ms.get(i);
        Matcher t = TITLE_BEFORE.matcher(ctx.head(person.begin()));
        if (!t.find()) {
            return;
        }
        int titleBegin = ctx.sentence().begin() + t.start(1);
        Mention org = i > 0 && Kinds.ORG.test(ms.get(i - 1)) && ms.get(i - 1).end() <= titleBegin
                && ORG_GAP.matcher(ctx.text().substring(ms.get(i - 1).end(), titleBegin)).matches()
                ? ms.get(i - 1) : null;
        Mention also = org != null && i > 1 && Kinds.ORG.test(ms.get(i - 2))
                && AND.matcher(ctx.between(ms.get(i - 2), org)).matches() ? ms.get(i - 2) : null;
        int begin = also != null ? also.begin() : org != null ? org.begin() : titleBegin;
        boolean former = FORMER.matcher(ctx.head(begin)).find()
                || org != null && ctx.text().substring(org.end(), titleBegin).contains("former");
        ClaimFactory claims = new ClaimFactory(ctx);
        for (Mention at : also != null ? List.of(also, org) : Collections.singletonList(org)) {
            for (int g = 1; g <= 2; g++) {
                if (t.group(g) != null) {
                    out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(t.group(g), at, former),
                            begin, person.end(), "title-before-name", 0.8, claims.publicationDay()));
                }
            }
        }
    }
}
