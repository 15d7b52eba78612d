package org.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * People listed with a plural title: "its co-founders A and B", "Foo's founders A, B and C",
 * "Foo founders A and B", "their researchers A and B", and after the names, "A and B, co-founders
 * of AI startup Foo". Each person gets the singular title at the organization: the possessor or
 * name before the title, the company "its" points to, or the one named after "of"; with none,
 * nothing is claimed; "ex-Foo researchers A and B" and "former Foo executives" are former roles.
 * The titles are the word list {@code plural-titles}. In: one sentence;
 * out: {@code ng:hasRole} claims.
 */
public final class TitledListExtractor implements Extractor {
    private static final Map<String, String> SINGULAR = singulars();
    private static final Pattern TITLES = Pattern.compile("(?i)\\b(" + String.join("|", SINGULAR.keySet())
            + ")(?:,\\s+|\\s+(?:(?:include|included|including|are|were)\\s+)?)(?=\\p{Lu})");
    private static final Pattern ITS = Pattern.compile("\\b(?:its|their)\\s+(?:[a-z-]+\\s+)?$");
    private static final Pattern POSSESSOR = Pattern.compile("(?:'s|’s|')\\s+(?:[a-z-]+\\s+)?$");
    private static final Pattern NAME_BEFORE = Pattern.compile("\\s$");
    private static final Pattern AFTER_NAMES = Pattern.compile("(?i),\\s+(?:the\\s+|both\\s+|two\\s+)?("
            + String.join("|", SINGULAR.keySet()) + ")\\s+(?:of|at)\\s+(?:(?:the|a|an)\\s+)?");
    private static final Pattern FORMER = Pattern.compile("(?i)\\b(?:former\\s+|ex-)$");
    private static final Pattern DESCRIPTION = Pattern.compile("(?:[\\p{L}-]+\\s+){0,4}");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        Matcher t = TITLES.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (t.find()) {
            Mention org = organization(ctx, t.start());
            List<Mention> people = NameList.at(ctx, t.end(), EntityType.PERSON);
            String title = SINGULAR.get(t.group(1).toLowerCase(Locale.ROOT));
            if (org == null || people.size() < 2) {
                continue;
            }
            ClaimFactory claims = new ClaimFactory(ctx);
            boolean former = FORMER.matcher(ctx.head(Math.min(org.begin(), t.start()))).find();
            for (Mention person : people) {
                out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(title, org, former),
                        t.start(), person.end(), "titled-list", 0.7));
            }
        }
        afterNames(ctx, out);
    }

    /** "A and B, co-founders of high-profile AI startup Foo". */
    private static void afterNames(SentenceContext ctx, Consumer<Claim> out) {
        Matcher t = AFTER_NAMES.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (t.find()) {
            int titleEnd = t.end();
            Mention org = ctx.mentions(Kinds.ORG).stream().filter(m -> m.begin() >= titleEnd).findFirst()
                    .filter(m -> DESCRIPTION.matcher(ctx.text().substring(titleEnd, m.begin())).matches()).orElse(null);
            List<Mention> people = org == null ? List.of() : NameList.peopleEndingAt(ctx, t.start());
            String title = SINGULAR.get(t.group(1).toLowerCase(Locale.ROOT));
            ClaimFactory claims = new ClaimFactory(ctx);
            for (Mention person : people) {
                out.accept(claims.claim(person, Relation.ROLE, new ClaimValue.RoleValue(title, org, false),
                        person.begin(), org.end(), "titled-list", 0.7));
            }
        }
    }

    private static Mention organization(SentenceContext ctx, int title) {
        String head = ctx.head(title);
        Matcher possessor = POSSESSOR.matcher(head);
        if (possessor.find()) {
            int end = ctx.sentence().begin() + possessor.start();
            return ctx.mentions(Kinds.ORG).stream().filter(m -> m.end() == end).findFirst().orElse(null);
        }
        Mention named = ctx.mentions(Kinds.ORG).stream().filter(m -> m.end() == title - 1).findFirst().orElse(null);
        if (named != null && NAME_BEFORE.matcher(head).find()) {
            return named;
        }
        if (!ITS.matcher(head).find()) {
            return null;
        }
        Mention before = ctx.mentions(Kinds.ORG).stream().filter(m -> m.end() <= title).reduce((a, b) -> b).orElse(null);
        return before != null ? Appositive.headOf(ctx, before, title) : ctx.localOrganization();
    }

    private static Map<String, String> singulars() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : WordLists.entries("plural-titles")) {
            String[] parts = entry.split("\\s*=\\s*");
            out.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return out;
    }
}
