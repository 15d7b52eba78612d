package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.WordLists;

/**
 * A title phrase in the dependency parse and the organization it belongs to. In: the head token of
 * a title ("officer" in "the company's chief research officer"). Out: a {@code ng:hasRole} claim
 * when the head is a title word ({@code structure-role-heads}) and an organization is found: the
 * possessive before the title ("Acme's", "the company's", "its"), an organization inside it
 * ("Acme CTO", "a former Acme researcher"), the object of "of", "at" or "for" after it, or the
 * possessive before the person's name. The title is the head with the modifiers before it and a
 * field after "of" ("vice president of engineering"); "former" or "ex-" before it makes it a past
 * role. Coordinated titles ("founder, chairman, and CEO") each get their own claim, with the first
 * one's organization unless they name their own.
 */
final class RoleTitles {
    static final Set<String> HEADS = WordLists.set("structure-role-heads");
    private static final Set<String> FORMER = WordLists.set("structure-former-words");
    private static final Set<String> TITLE_MODIFIERS = WordLists.set("title-modifiers");
    private static final Set<String> DROPPED = WordLists.set("structure-title-drop-words");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod");
    private static final Set<String> ORG_PREPOSITIONS = Set.of("of", "at", "for");

    private final SentenceContext ctx;
    private final ParseArguments args;
    private final DependencyParse parse;

    RoleTitles(SentenceContext ctx, ParseArguments args) {
        this.ctx = ctx;
        this.args = args;
        this.parse = args.parse();
    }

    ParseArguments args() {
        return args;
    }

    /** Emits the role headed by {@code t} and by the titles coordinated with it. */
    void emit(Mention person, int p, int t, Consumer<Claim> out) {
        Mention shared = role(person, p, t, null, out);
        for (int c : parse.children(t, "conj")) {
            role(person, p, c, parse.children(c, "prep").isEmpty() ? shared : null, out);
        }
    }

    private Mention role(Mention person, int p, int t, Mention fallback, Consumer<Claim> out) {
        if (t < 0 || !HEADS.contains(parse.lemma(t)) || args.mentionAt(t) != null) {
            return null;
        }
        int first = t;
        boolean former = false;
        Mention org = possessor(t);
        while (first > 0 && (parse.head(first - 1) == t && MODIFIERS.contains(parse.label(first - 1))
                || glued(first - 1, first))) {
            Mention inside = args.mentionAt(first - 1);
            if (inside != null && Kinds.ORG.test(inside) && !titleWords(inside)) {
                org = org == null ? inside : org;
                break;
            }
            first--;
        }
        while (first < t && DROPPED.contains(args.token(first).text().toLowerCase(Locale.ROOT))) {
            first++;
        }
        for (int c = 0; c < parse.size(); c++) {
            former |= parse.head(c) == t && FORMER.contains(args.token(c).text().toLowerCase(Locale.ROOT));
        }
        int titleEnd = args.token(t).end();
        int field = field(t);
        if (field >= 0) {
            titleEnd = args.token(field).end();
        }
        org = org != null ? org : after(field >= 0 ? field : t);
        org = org != null ? org : after(t);
        org = org != null ? org : possessor(p);
        org = org != null ? org : fallback;
        if (org == null || org.overlaps(person)) {
            return org;
        }
        String title = singular(ctx.text().substring(args.token(first).begin(), titleEnd), t, field);
        if (FORMER.contains(title.toLowerCase(Locale.ROOT).split("[\\s-]")[0])) {
            former = true;
        }
        int begin = Math.min(person.begin(), args.token(first).begin());
        int end = Math.max(person.end(), titleEnd);
        if (args.inSentence(org)) {
            begin = Math.min(begin, org.begin());
            end = Math.max(end, org.end());
        }
        out.accept(new ClaimFactory(ctx).claim(person, Relation.ROLE, new ClaimValue.RoleValue(title, org, former),
                begin, end, "parsed-role", 0.7));
        return org;
    }

    /** Whether a mention inside a title is part of it ("Chief Technology Officer", "Chief AI Officer"). */
    private static boolean titleWords(Mention inside) {
        String first = inside.surface().split("[\\s-]")[0];
        return HEADS.contains(first.toLowerCase(Locale.ROOT)) || TITLE_MODIFIERS.contains(inside.surface());
    }

    /** "co-founders" is the title "co-founder": a plural head is written as its singular. */
    private String singular(String title, int t, int field) {
        String head = args.token(t).text();
        if (field >= 0 || !"NNS".equals(parse.tag(t)) || !head.endsWith("s") || !title.endsWith(head)) {
            return title;
        }
        return title.substring(0, title.length() - 1);
    }

    /** The organization in the possessive on token {@code t}: "Acme's CTO", "its chief scientist". */
    private Mention possessor(int t) {
        int poss = parse.child(t, "poss");
        return poss < 0 ? null : args.one(poss, Kinds.ORG);
    }

    /** The field after "of" when it is a common noun right after it ("head of research"), or -1. */
    private int field(int t) {
        for (int prep : parse.children(t, "prep")) {
            int object = parse.child(prep, "pobj");
            boolean common = object >= 0 && parse.tag(object).startsWith("NN")
                    && (!parse.tag(object).startsWith("NNP") || TITLE_MODIFIERS.contains(args.token(object).text()));
            Mention named = common ? args.mentionAt(object) : null;
            boolean free = named == null || TITLE_MODIFIERS.contains(named.surface());
            boolean bare = common && parse.child(object, "det") < 0 && parse.child(object, "poss") < 0;
            if ("of".equals(parse.lemma(prep)) && bare && free && object <= prep + 3) {
                return object;
            }
        }
        return -1;
    }

    /** The organization after "of", "at" or "for" on token {@code t}. */
    private Mention after(int t) {
        for (int prep : parse.children(t, "prep")) {
            if (ORG_PREPOSITIONS.contains(parse.lemma(prep))) {
                for (Mention named : args.named(parse.child(prep, "pobj"), Kinds.ORG)) {
                    if (!TITLE_MODIFIERS.contains(named.surface())) {
                        return named;
                    }
                }
            }
        }
        return null;
    }

    /** Whether two tokens touch across a hyphen ("vice-president" read as three tokens). */
    private boolean glued(int left, int right) {
        boolean touching = args.token(left).end() == args.token(right).begin();
        return touching && ("-".equals(args.token(left).text()) || "-".equals(args.token(right).text()));
    }
}
