package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.Token;
import org.newsgraph.text.WordLists;

/**
 * Reads the arguments of a verb or noun from a sentence's dependency parse and finds the entity
 * mentions they name. In: the sentence context and its parse. Out: for a token, the mentions its
 * noun phrase names ("its Foo AI model" names Foo; "the release of Foo 2" names Foo 2; "the
 * company" names the organization the text is about), with coordination ("Foo and Bar") and the
 * subject or object a verb takes from the verb it depends on ("agreed to acquire", "which
 * released", "developed by").
 */
final class ParseArguments {
    private static final Set<String> EVENT_NOUNS = WordLists.set("structure-event-nouns");
    private static final Set<String> ORGANIZATION_NOUNS = WordLists.set("structure-organization-nouns");
    private static final Set<String> NAME_PARTS = Set.of("compound", "nmod", "appos", "npadvmod");
    private static final Set<String> RELATIVE_WORDS = Set.of("which", "that", "who");
    private static final Set<String> LOOSE_SUBJECTS = Set.of("nsubj", "npadvmod", "dep");

    private final SentenceContext ctx;
    private final DependencyParse parse;
    private final List<Token> tokens;
    private final ProperNames names;

    ParseArguments(SentenceContext ctx, DependencyParse parse) {
        this.ctx = ctx;
        this.parse = parse;
        this.tokens = ctx.sentence().tokens();
        this.names = new ProperNames(ctx, parse);
    }

    DependencyParse parse() {
        return parse;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** People the mention finder did not know, named where a title meets them ({@link ProperNames#titledPeople}). */
    List<Mention> unknownPeople() {
        return names.titledPeople(this::mentionAt);
    }

    /** Whether the mention is written in this sentence (not one "the company" points back to). */
    boolean inSentence(Mention m) {
        return m.begin() >= ctx.sentence().begin() && m.end() <= ctx.sentence().end();
    }

    /** The longest mention that covers token {@code i}, or null. */
    Mention mentionAt(int i) {
        Token t = tokens.get(i);
        Mention best = null;
        for (Mention m : ctx.mentions()) {
            boolean covers = m.begin() < t.end() && t.begin() < m.end();
            if (covers && (best == null || m.end() - m.begin() > best.end() - best.begin())) {
                best = m;
            }
        }
        return best;
    }

    /** The token of a mention whose head lies outside the mention (the phrase's head), or -1. */
    int headToken(Mention m) {
        int found = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.begin() >= m.begin() && t.end() <= m.end()) {
                int h = parse.head(i);
                boolean outside = h < 0 || tokens.get(h).begin() < m.begin() || tokens.get(h).end() > m.end();
                if (outside) {
                    found = i;
                }
            }
        }
        return found;
    }

    /** The mentions of the kind named by the phrase headed by token {@code i} and the phrases coordinated with it. */
    List<Mention> named(int i, Predicate<Mention> kind) {
        return named(i, kind, null);
    }

    /**
     * As {@link #named(int, Predicate)}; a proper name the mention finder did not know ("Lumora
     * Arctic") becomes a new mention of type {@code coin} when that is not null.
     */
    List<Mention> named(int i, Predicate<Mention> kind, EntityType coin) {
        List<Mention> out = new ArrayList<>();
        if (i < 0) {
            return out;
        }
        Mention m = nominal(i, kind, 0);
        if (m == null && coin != null) {
            m = names.coin(i, coin);
        }
        if (m != null) {
            out.add(m);
        }
        for (int c : parse.children(i, "conj")) {
            named(c, kind, coin).stream().filter(x -> !out.contains(x)).forEach(out::add);
        }
        return out;
    }

    /** The mention of the kind named by the phrase headed by token {@code i} alone (no coordination), or null. */
    Mention one(int i, Predicate<Mention> kind) {
        return i < 0 ? null : nominal(i, kind, 0);
    }

    private Mention nominal(int i, Predicate<Mention> kind, int depth) {
        Mention m = mentionAt(i);
        if (m != null) {
            return kind.test(m) ? m : null;
        }
        if (depth > 3) {
            return null;
        }
        if (EVENT_NOUNS.contains(parse.lemma(i))) {
            int of = ofObject(i);
            if (of >= 0) {
                return nominal(of, kind, depth + 1);
            }
        }
        for (int c = 0; c < tokens.size(); c++) {
            if (parse.head(c) == i && NAME_PARTS.contains(parse.label(c))) {
                Mention inner = nominal(c, kind, depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return pointer(i, kind);
    }

    /** "the company", "the startup", "its": the organization the text is about. */
    private Mention pointer(int i, Predicate<Mention> kind) {
        boolean its = "PRP$".equals(parse.tag(i)) && "its".equals(tokens.get(i).text().toLowerCase(Locale.ROOT));
        if (!ORGANIZATION_NOUNS.contains(parse.lemma(i)) && !its) {
            return null;
        }
        Mention before = its ? organizationBefore(i) : null;
        if (before != null) {
            return kind.test(before) ? before : null;
        }
        boolean definite = its || parse.children(i, "det").stream().anyMatch(d -> "the".equals(parse.lemma(d)));
        Mention org = definite ? ctx.localOrganization() : null;
        return org != null && kind.test(org) ? org : null;
    }

    /** "Acme is contributing $1 billion, and its CFO ...": the last organization named earlier in the sentence. */
    private Mention organizationBefore(int i) {
        return ctx.lastBefore(tokens.get(i).begin(), Kinds.ORG);
    }

    /** The object of the "of" after token {@code i}, or -1. */
    int ofObject(int i) {
        for (int p : parse.children(i, "prep")) {
            if ("of".equals(parse.lemma(p))) {
                return parse.child(p, "pobj");
            }
        }
        return -1;
    }

    /** Who does what verb {@code v} says: its subject, or for a passive its agent. */
    List<Mention> doers(int v, Predicate<Mention> kind, EntityType coin) {
        int agent = parse.child(v, "agent");
        if (agent >= 0) {
            return named(parse.child(agent, "pobj"), kind, coin);
        }
        int subject = parse.child(v, "nsubj");
        if (subject >= 0) {
            return RELATIVE_WORDS.contains(parse.lemma(subject)) && "relcl".equals(parse.label(v))
                    ? named(parse.head(v), kind, coin) : named(subject, kind, coin);
        }
        String label = parse.label(v);
        boolean shares = "conj".equals(label) || "xcomp".equals(label);
        boolean inherits = shares && parse.head(v) >= 0 && !passive(v);
        return inherits ? doers(parse.head(v), kind, coin) : List.of();
    }

    /**
     * What verb {@code v} acts on: its object, a passive subject, or the noun a participle or
     * relative clause modifies.
     */
    List<Mention> done(int v, Predicate<Mention> kind, EntityType coin) {
        int passive = passiveSubject(v);
        if (passive >= 0) {
            return named(passive, kind, coin);
        }
        int object = parse.child(v, "dobj");
        if (object >= 0) {
            return RELATIVE_WORDS.contains(parse.lemma(object)) && "relcl".equals(parse.label(v))
                    ? named(parse.head(v), kind, coin) : named(object, kind, coin);
        }
        boolean participle = "acl".equals(parse.label(v)) && "VBN".equals(parse.tag(v));
        return participle ? named(parse.head(v), kind, coin) : List.of();
    }

    private boolean passive(int v) {
        return parse.child(v, "nsubjpass") >= 0 || parse.child(v, "auxpass") >= 0;
    }

    /** The subject of a passive verb; a name left of "was" that the parser attached loosely counts too. */
    private int passiveSubject(int v) {
        int subject = parse.child(v, "nsubjpass");
        if (subject >= 0 || parse.child(v, "auxpass") < 0) {
            return subject;
        }
        for (int c = 0; c < v; c++) {
            if (parse.head(c) == v && LOOSE_SUBJECTS.contains(parse.label(c))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether verb {@code v} is negated ("did not release"). */
    boolean negated(int v) {
        return parse.child(v, "neg") >= 0;
    }
}
