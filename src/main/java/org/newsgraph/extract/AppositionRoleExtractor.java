package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.WordLists;

/**
 * Job titles in an apposition, read from the dependency parse, always with their organization:
 * "Jane Doe, vice-president of Acme and head of research at Acme Cloud", "Acme's chief scientist,
 * Jane Doe". The title is a head noun from {@code structure-role-heads} with the modifiers before
 * it ("chief executive officer") and a field after "of" ("vice president of engineering"); the
 * organization is the object of "of", "at" or "for", or the possessive before the title. In: a
 * sentence with a person and an organization; out: {@code ng:hasRole} claims (a title with no
 * organization is left to {@link RoleExtractor}).
 */
public final class AppositionRoleExtractor implements Extractor {
    private static final Set<String> ROLE_HEADS = WordLists.set("structure-role-heads");
    private static final Set<String> TITLE_MODIFIERS = Set.of("compound", "amod", "nmod");
    private static final Set<String> ORG_PREPOSITIONS = Set.of("of", "at", "for");
    private static final String[] HEADS = ROLE_HEADS.toArray(String[]::new);

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> people = ctx.mentions(Kinds.PERSON);
        boolean noOrganization = ctx.mentions(Kinds.ORG).isEmpty() && ctx.localOrganization() == null;
        if (people.isEmpty() || !ctx.mentionsAny(HEADS) || noOrganization) {
            return;
        }
        DependencyParse parse = ctx.parse().orElse(null);
        if (parse == null) {
            return;
        }
        ParseArguments args = new ParseArguments(ctx, parse);
        for (Mention person : people) {
            int p = args.headToken(person);
            if (p < 0) {
                continue;
            }
            List<Integer> titles = new ArrayList<>(parse.children(p, "appos"));
            if ("appos".equals(parse.label(p)) && parse.head(p) >= 0) {
                titles.add(parse.head(p));
            }
            for (int t : titles) {
                role(ctx, args, person, t, out);
                parse.children(t, "conj").forEach(c -> role(ctx, args, person, c, out));
            }
        }
    }

    private static void role(SentenceContext ctx, ParseArguments args, Mention person, int t, Consumer<Claim> out) {
        DependencyParse parse = args.parse();
        if (!ROLE_HEADS.contains(parse.lemma(t))) {
            return;
        }
        int first = t;
        while (first > 0 && (parse.head(first - 1) == t && TITLE_MODIFIERS.contains(parse.label(first - 1))
                || glued(args, first - 1, first))) {
            first--;
        }
        int titleEnd = args.token(t).end();
        Mention org = null;
        int owner = parse.child(t, "poss");
        if (owner >= 0) {
            org = args.named(owner, Kinds.ORG).stream().findFirst().orElse(null);
        }
        for (int prep : parse.children(t, "prep")) {
            int object = parse.child(prep, "pobj");
            if (object < 0 || !ORG_PREPOSITIONS.contains(parse.lemma(prep)) || org != null) {
                continue;
            }
            List<Mention> named = args.named(object, Kinds.ORG);
            if (!named.isEmpty()) {
                org = named.get(0);
            } else if ("of".equals(parse.lemma(prep)) && parse.tag(object).startsWith("NN")
                    && !parse.tag(object).startsWith("NNP") && object == prep + 1) {
                titleEnd = args.token(object).end();
                org = fieldOrganization(args, object);
            }
        }
        if (org == null) {
            return;
        }
        String title = ctx.text().substring(args.token(first).begin(), titleEnd);
        int begin = Math.min(person.begin(), Math.min(args.token(first).begin(), org.begin()));
        int end = Math.max(person.end(), Math.max(titleEnd, org.end()));
        out.accept(new ClaimFactory(ctx).claim(person, Relation.ROLE,
                new ClaimValue.RoleValue(title, org, false), begin, end, "apposition-role", 0.7));
    }

    /** Whether two tokens touch across nothing or a hyphen ("vice-president" read as three tokens). */
    private static boolean glued(ParseArguments args, int left, int right) {
        boolean touching = args.token(left).end() == args.token(right).begin();
        return touching && ("-".equals(args.token(left).text()) || "-".equals(args.token(right).text()));
    }

    /** "head of research at Acme": the organization after the field. */
    private static Mention fieldOrganization(ParseArguments args, int field) {
        DependencyParse parse = args.parse();
        for (int prep : parse.children(field, "prep")) {
            if (ORG_PREPOSITIONS.contains(parse.lemma(prep)) && !"of".equals(parse.lemma(prep))) {
                List<Mention> named = args.named(parse.child(prep, "pobj"), Kinds.ORG);
                if (!named.isEmpty()) {
                    return named.get(0);
                }
            }
        }
        return null;
    }
}
