package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.WordLists;

/**
 * Relations read from the dependency parse: who made a model ("Acme today announced the release
 * of Foo 2", "Foo 2, which Acme released in April", "Foo 2 was trained by Acme"), who bought a
 * company ("Acme has agreed to acquire Bar", "Acme is acquiring Bar": planned, even when
 * reported), which model was measured against another
 * ("Foo 2 outperforms Bar 3"), and who invested ("Bar raised $5 million in a round led by Acme
 * Ventures", "Bar, backed by Acme Capital", "Acme invested in Bar"). The verbs are lemma lists
 * ({@code structure-*-lemmas}), so every tense and voice is covered once. In: a sentence with at
 * least two mentions, parsed only when one of the verbs occurs; out: {@code ng:developedBy},
 * {@code ng:acquiredBy}, {@code ng:comparedWith} and {@code ng:fundedBy} claims whose evidence
 * runs from the first to the last of the words involved.
 */
public final class StructureExtractor implements Extractor {
    private static final Set<String> MAKE = WordLists.set("structure-maker-lemmas");
    private static final Set<String> ACQUIRE = WordLists.set("structure-acquisition-lemmas");
    private static final Set<String> COMPARE = WordLists.set("structure-comparison-lemmas");
    private static final Set<String> INVEST = WordLists.set("structure-investor-lemmas");
    private static final Set<String> INVESTED_IN = WordLists.set("structure-invested-in-lemmas");
    private static final Set<String> RAISE = WordLists.set("structure-funding-lemmas");
    private static final Set<String> PLAN_AUXILIARIES = Set.of("to", "will", "would", "'ll");
    private static final String[] CUES = cues();
    private static final Pattern COORDINATION = Pattern.compile("\\b(?:and|or|&)\\b");
    private static final String[] POSSESSIVE_CUES = {"'s ", "’s ", "its "};

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (ctx.mentions().isEmpty() || !ctx.mentionsAny(CUES) && !ctx.mentionsAny(POSSESSIVE_CUES)) {
            return;
        }
        DependencyParse parse = ctx.parse().orElse(null);
        if (parse == null) {
            return;
        }
        ParseArguments args = new ParseArguments(ctx, parse);
        possessives(ctx, args, out);
        for (int v = 0; v < parse.size(); v++) {
            if (!parse.tag(v).startsWith("VB") || args.negated(v)) {
                continue;
            }
            String lemma = parse.lemma(v);
            if (MAKE.contains(lemma)) {
                maker(ctx, args, v, out);
            } else if (ACQUIRE.contains(lemma)) {
                acquisition(ctx, args, v, out);
            } else if (COMPARE.contains(lemma)) {
                pairs(ctx, args, v, args.doers(v, Kinds.ARTIFACT, null), args.done(v, Kinds.ARTIFACT, null),
                        Relation.COMPARED_WITH, "structure-comparison", out);
            } else if (INVEST.contains(lemma)) {
                investors(ctx, args, v, out);
            } else if (INVESTED_IN.contains(lemma)) {
                investedIn(ctx, args, v, out);
            }
        }
    }

    /**
     * "Acme's new AI model, Foo 3", "Acme's launch of the chatbot Foo", "the company's chatbot Bar":
     * an organization owning a phrase that names a model made it.
     */
    private static void possessives(SentenceContext ctx, ParseArguments args, Consumer<Claim> out) {
        DependencyParse p = args.parse();
        for (int owner = 0; owner < p.size(); owner++) {
            int noun = p.head(owner);
            if (!"poss".equals(p.label(owner)) || noun < 0 || args.mentionAt(noun) != null
                    && args.mentionAt(noun) == args.mentionAt(owner)) {
                continue;
            }
            Mention maker = args.one(owner, Kinds.ORG);
            Mention product = maker == null ? null : args.one(noun, Kinds.ARTIFACT);
            if (product != null && !nextNamed(ctx, maker, product)) {
                product = null;
            }
            List<Mention> makers = product == null ? List.of() : List.of(maker);
            List<Mention> made = product == null ? List.of() : List.of(product);
            pairs(ctx, args, owner, made, makers, Relation.DEVELOPED_BY, "structure-possessive", out);
        }
    }

    /** Whether {@code product} is the next name after {@code maker}, with no coordination between. */
    private static boolean nextNamed(SentenceContext ctx, Mention maker, Mention product) {
        if (product.begin() < maker.end()) {
            return false;
        }
        String between = ctx.between(maker, product);
        boolean other = ctx.mentions().stream().anyMatch(m -> m.begin() >= maker.end() && m.end() <= product.begin());
        return !other && !COORDINATION.matcher(between).find();
    }

    /** Text cues for the verbs: each lemma without a final "e" ("releas" finds "released"), and irregular forms. */
    private static String[] cues() {
        Set<String> cues = new TreeSet<>(WordLists.set("structure-irregular-forms"));
        for (Set<String> lemmas : List.of(MAKE, ACQUIRE, COMPARE, INVEST, INVESTED_IN)) {
            lemmas.forEach(l -> cues.add(l.endsWith("e") ? l.substring(0, l.length() - 1) : l));
        }
        return cues.toArray(String[]::new);
    }

    /** The maker of a known model, or the model a known company made; the unknown side may be a new name. */
    private static void maker(SentenceContext ctx, ParseArguments args, int v, Consumer<Claim> out) {
        Sides sides = Sides.of(args, v, Kinds.ARTIFACT, EntityType.MODEL);
        pairs(ctx, args, v, sides.done(), sides.doers(), Relation.DEVELOPED_BY, "structure-maker", out);
    }

    /**
     * What verb {@code v} acts on (of kind {@code doneKind}) and who acts (an organization); when one
     * side is known, the other may be a proper name the finder missed, coined as {@code doneType} or
     * as an organization.
     */
    private record Sides(List<Mention> done, List<Mention> doers) {
        static Sides of(ParseArguments args, int v, Predicate<Mention> doneKind, EntityType doneType) {
            List<Mention> done = args.done(v, doneKind, null);
            List<Mention> doers = args.doers(v, Kinds.ORG, null);
            if (done.isEmpty() && !doers.isEmpty()) {
                done = args.done(v, doneKind, doneType);
            } else if (doers.isEmpty() && !done.isEmpty()) {
                doers = args.doers(v, Kinds.ORG, EntityType.ORGANIZATION);
            }
            return new Sides(done, doers);
        }
    }

    private static void acquisition(SentenceContext ctx, ParseArguments args, int v, Consumer<Claim> out) {
        Sides sides = Sides.of(args, v, Kinds.ORG, EntityType.ORGANIZATION);
        List<Integer> auxiliaries = args.parse().children(v, "aux");
        boolean progressive = "VBG".equals(args.parse().tag(v))
                && auxiliaries.stream().anyMatch(a -> "be".equals(args.parse().lemma(a)));
        boolean planned = progressive
                || auxiliaries.stream().anyMatch(a -> PLAN_AUXILIARIES.contains(args.parse().lemma(a)));
        pairs(ctx, args, v, sides.done(), sides.doers(), Relation.ACQUIRED_BY, "structure-acquisition", claim -> {
            boolean asserted = claim.status() == Status.STATED || claim.status() == Status.REPORTED;
            out.accept(planned && asserted ? claim.withStatus(Status.PLANNED) : claim);
        });
    }

    /** "a round led by Acme", "Bar, backed by Acme": the agent invested in the company the phrase is about. */
    private static void investors(SentenceContext ctx, ParseArguments args, int v, Consumer<Claim> out) {
        DependencyParse p = args.parse();
        if (p.child(v, "agent") < 0 || !"acl".equals(p.label(v)) || p.head(v) < 0) {
            return;
        }
        List<Mention> companies = args.named(p.head(v), Kinds.ORG);
        if (companies.isEmpty()) {
            companies = fundedByRound(args, p.head(v));
        }
        List<Mention> investors = companies.isEmpty() ? List.of() : args.doers(v, Kinds.ORG, EntityType.ORGANIZATION);
        pairs(ctx, args, v, companies, investors, Relation.FUNDED_BY, "structure-investor", out);
    }

    /** The company that raised the round headed by token {@code round}: "Bar raised $5 million in a round". */
    private static List<Mention> fundedByRound(ParseArguments args, int round) {
        DependencyParse p = args.parse();
        int owner = p.child(round, "poss");
        if (owner >= 0) {
            return args.named(owner, Kinds.ORG);
        }
        for (int x = p.head(round), steps = 0; x >= 0 && steps < 4; x = p.head(x), steps++) {
            if (RAISE.contains(p.lemma(x)) && p.tag(x).startsWith("VB")) {
                return args.doers(x, Kinds.ORG, null);
            }
        }
        return List.of();
    }

    /** "Acme invested in Bar". */
    private static void investedIn(SentenceContext ctx, ParseArguments args, int v, Consumer<Claim> out) {
        DependencyParse p = args.parse();
        for (int prep : p.children(v, "prep")) {
            if ("in".equals(p.lemma(prep))) {
                List<Mention> companies = args.named(p.child(prep, "pobj"), Kinds.ORG);
                List<Mention> investors = companies.isEmpty() ? List.<Mention>of()
                        : args.doers(v, Kinds.ORG, EntityType.ORGANIZATION);
                pairs(ctx, args, v, companies, investors, Relation.FUNDED_BY, "structure-investor", out);
            }
        }
    }

    /** Who made a thing does not change with the tense: a planned release still names its maker. */
    private static Claim maker(SentenceContext ctx, Claim claim) {
        Claim deepest = OrgChain.deepest(ctx, claim);
        return deepest.status() == Status.PLANNED ? deepest.withStatus(Status.STATED) : deepest;
    }

    private static void pairs(SentenceContext ctx, ParseArguments args, int v, List<Mention> subjects,
                              List<Mention> objects, Relation relation, String rule, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        int verbBegin = args.token(v).begin();
        int verbEnd = args.token(v).end();
        for (Mention s : subjects) {
            for (Mention o : objects) {
                boolean sameFamily = relation == Relation.COMPARED_WITH && Kinds.familyOf(s).equals(Kinds.familyOf(o));
                if (s.key().equals(o.key()) || s.overlaps(o) || sameFamily) {
                    continue;
                }
                int begin = verbBegin;
                int end = verbEnd;
                for (Mention m : List.of(s, o)) {
                    if (args.inSentence(m)) {
                        begin = Math.min(begin, m.begin());
                        end = Math.max(end, m.end());
                    }
                }
                Claim claim = claims.claim(s, relation, new ClaimValue.EntityValue(o), begin, end, rule, 0.7);
                out.accept(relation == Relation.DEVELOPED_BY ? maker(ctx, claim) : claim);
            }
        }
    }
}
