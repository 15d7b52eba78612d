package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Keys;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.Token;
import org.newsgraph.text.WordLists;

/**
 * Proper names the mention finder did not know, read from the parse where a rule needs one: a
 * head tagged NNP or NNPS with its compound words ("Lumora Arctic", "Northgate Ventures"). In:
 * a token; out: a mention (with a number written after it: "Foo 3") of the type the rule's
 * position gives (the maker of a known model is an organization, the thing a known company
 * launched is a model), or null when the words are not a name (lower case, a month or weekday, a
 * determiner, longer than five words).
 */
final class ProperNames {
    private static final Set<String> NOT_NAMES = WordLists.union("calendar-words", "determiners");
    private static final Set<String> GENERIC = WordLists.union("generic-adjectives", "generic-name-words");
    private static final Set<String> COMPANY_WORDS = WordLists.union("company-suffixes", "organization-descriptors");
    private static final int LONGEST = 5;

    private final SentenceContext ctx;
    private final DependencyParse parse;
    private final List<Token> tokens;

    ProperNames(SentenceContext ctx, DependencyParse parse) {
        this.ctx = ctx;
        this.parse = parse;
        this.tokens = ctx.sentence().tokens();
    }

    /** A new mention for the name headed by token {@code head}, or null. */
    Mention coin(int head, EntityType type) {
        if (!proper(head)) {
            return null;
        }
        int first = head;
        while (first > 0 && "compound".equals(parse.label(first - 1)) && parse.head(first - 1) >= first
                && parse.head(first - 1) <= head && proper(first - 1)) {
            first--;
        }
        int last = head;
        while (last + 1 < tokens.size() && parse.head(last + 1) >= first && parse.head(last + 1) <= last
                && "CD".equals(parse.tag(last + 1)) && tokens.get(last + 1).begin() - tokens.get(last).end() <= 1) {
            last++;
        }
        if (last - first + 1 > LONGEST) {
            return null;
        }
        int begin = tokens.get(first).begin();
        int end = tokens.get(last).end();
        String surface = ctx.text().substring(begin, end);
        String key = Keys.slug(surface);
        if (key.isEmpty() || surface.chars().noneMatch(Character::isLetter) || commonWords(first, last)) {
            return null;
        }
        return new Mention(begin, end, surface, key, type, null, null, false);
    }

    /**
     * Whether every word of the name is an ordinary word: a generic or national adjective, or a word
     * the document also writes in lower case ("System", "Supercluster", "Japanese").
     */
    private boolean commonWords(int first, int last) {
        for (int i = first; i <= last; i++) {
            String word = tokens.get(i).text();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean generic = GENERIC.contains(word) || GENERIC.contains(lower);
            boolean lowerElsewhere = !word.equals(lower)
                    && Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(ctx.text()).find();
            if (!generic && !lowerElsewhere) {
                return false;
            }
        }
        return true;
    }

    /**
     * People the mention finder did not know, named where a title meets them: a proper name of two
     * or three words ("Jane Doe") in apposition to a title word or the subject of "is" with one.
     */
    List<Mention> titledPeople(IntFunction<Mention> known) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!"NNP".equals(parse.tag(i)) || known.apply(i) != null || !titled(i)) {
                continue;
            }
            Mention person = coin(i, EntityType.PERSON);
            int words = person == null ? 0 : person.surface().split("\\s+").length;
            if (words >= 2 && words <= 3 && person.surface().chars().allMatch(c -> Character.isLetter(c) || c == ' ')
                    && !COMPANY_WORDS.contains(tokens.get(i).text())) {
                out.add(person);
            }
        }
        return out;
    }

    private boolean titled(int i) {
        for (int c : parse.children(i, "appos")) {
            if (RoleTitles.HEADS.contains(parse.lemma(c))) {
                return true;
            }
        }
        int head = parse.head(i);
        return head >= 0 && "nsubj".equals(parse.label(i)) && "be".equals(parse.lemma(head))
                && parse.children(head, "attr").stream().anyMatch(a -> RoleTitles.HEADS.contains(parse.lemma(a)));
    }

    private boolean proper(int i) {
        Token t = tokens.get(i);
        String tag = parse.tag(i);
        boolean nameTag = "NNP".equals(tag) || "NNPS".equals(tag) || ("CD".equals(tag) && i > 0);
        boolean shaped = t.isCapitalised() || Character.isDigit(t.text().charAt(0));
        boolean listed = NOT_NAMES.contains(t.text()) || NOT_NAMES.contains(t.text().toLowerCase(Locale.ROOT));
        boolean known = ctx.mentions().stream().anyMatch(m -> m.begin() < t.end() && t.begin() < m.end());
        return nameTag && shaped && !listed && !known;
    }
}
