package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.Token;
import org.newsgraph.text.WordLists;

/**
 * Whose a number is, read from the dependency parse when the string rules found no owner: the
 * subject of the clause whose verb governs the number through noun-phrase and object arcs ("Acme
 * has signed a $14 billion agreement with Bar", "Foo 2 scored 86.9", "Acme used 32 GPUs", "the
 * company reached a valuation of $1 billion", "Bar was acquired in 2023 for $1.3 billion"). A
 * number inside a subject ("A $5 billion investment will give ...") has no owner here; a subject
 * that is a person or a leaderboard is not taken; a possessive subject gives the thing possessed
 * ("Foo's Bar 3 scored 71%"). In: a sentence and the span of a number; out:
 * the owning mention, or null (also when the sentence is not parsed, when the verb gives the amount
 * away, list {@code structure-giving-lemmas}, or when a model's size would go to a company).
 */
final class ParsedAmountOwner {
    private static final Set<String> CLIMB = Set.of("nmod", "compound", "quantmod", "nummod", "num", "dobj", "pobj",
            "prep", "attr", "npadvmod", "amod", "appos", "oprd");
    private static final Set<String> INHERIT = Set.of("xcomp", "advcl", "conj");
    private static final Predicate<Mention> OWNER = m -> !Kinds.LEADERBOARD.test(m) && !Kinds.PERSON.test(m);
    private static final Set<String> GIVING = WordLists.set("structure-giving-lemmas");
    private static final int MAX_STEPS = 6;

    private ParsedAmountOwner() { }

    /** The owner of the number written in [begin, end) in {@code unit}, or null. */
    static Mention of(SentenceContext ctx, int begin, int end, String unit) {
        DependencyParse parse = ctx.parse().orElse(null);
        if (parse == null) {
            return null;
        }
        ParseArguments args = new ParseArguments(ctx, parse);
        int x = headOf(ctx.sentence().tokens(), parse, begin, end);
        for (int steps = 0; x >= 0 && !parse.tag(x).startsWith("VB"); steps++) {
            if (steps >= MAX_STEPS || !CLIMB.contains(parse.label(x))) {
                return null;
            }
            Mention object = "dobj".equals(parse.label(x)) ? args.one(x, Kinds.ARTIFACT) : null;
            if (object != null) {
                return object;
            }
            x = parse.head(x);
        }
        if (x < 0 || GIVING.contains(parse.lemma(x))) {
            return null;
        }
        Mention owner = ClauseSubject.possessed(ctx, subjectOf(args, parse, x));
        return owner != null && sizeOfAModel(unit) && !Kinds.ARTIFACT.test(owner) ? null : owner;
    }

    private static Mention subjectOf(ParseArguments args, DependencyParse parse, int verb) {
        for (int v = verb, hops = 0; v >= 0 && hops < 3; hops++) {
            int subject = parse.child(v, "nsubj");
            if (subject < 0) {
                subject = parse.child(v, "nsubjpass");
            }
            if (subject >= 0) {
                return args.one(subject, OWNER);
            }
            if (!INHERIT.contains(parse.label(v))) {
                return null;
            }
            v = parse.head(v);
        }
        return null;
    }

    /** Parameters and context windows belong to a model, never to the company that made it. */
    private static boolean sizeOfAModel(String unit) {
        return unit != null && (unit.endsWith("parameters") || unit.endsWith("tokens"));
    }

    /** The token of the number whose head lies outside it, or -1. */
    private static int headOf(List<Token> tokens, DependencyParse parse, int begin, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > begin && t.begin() < end) {
                int h = parse.head(i);
                boolean outside = h < 0 || tokens.get(h).end() <= begin || tokens.get(h).begin() >= end;
                if (outside) {
                    return i;
                }
            }
        }
        return -1;
    }
}
