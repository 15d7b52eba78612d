package org.newsgraph.mention;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;
import org.newsgraph.text.WordLists;

/**
 * Organizations that are not in the catalog, found by English cues: a company suffix after
 * capitalised words ("Corvid Labs", "Hanseong Industries", "Glowworm AI"; word list
 * {@code company-suffixes}), a unit suffix ("Quillon Research", "Nimbus Vision Team"; word list
 * {@code unit-suffixes}), a place in the sentence that only an organization fills ("CFO of
 * Stripe", "shares of X", "a subsidiary of X", "acquired by X"; a single name after "created by",
 * "developed by" and the like: a person is written with two names), what only an organization does
 * ({@link DeedCues}), or a descriptor noun before the name ("Chinese server maker Foo", "research
 * startup Foo"; word list {@code organization-descriptors}) when no capitalised word or number
 * follows the name, or set off by commas after it ("An Israeli startup, Foo, announced"), or an
 * appositive descriptor after the name ("Foo, a UK-based startup", not "Jane Doe, a startup
 * founder": list {@code descriptor-person-nouns}). In: one sentence; out: candidate mentions.
 */
final class OrganizationCues {
    static final Set<String> COMPANY_SUFFIX = WordLists.set("company-suffixes");
    static final Set<String> UNIT_SUFFIX = WordLists.set("unit-suffixes");
    /** One to three capitalised words, as capturing group 1. */
    static final String NAME = "(\\p{Lu}[\\p{L}\\d&.-]*[\\p{L}\\d](?:\\s\\p{Lu}[\\p{L}\\d&.-]*[\\p{L}\\d]){0,2})";
    private static final Pattern SLOT = Pattern.compile("(?:\\b(?i:" + RoleTitles.REGEX + ")\\s+(?:of|at)"
            + "|\\b[Ss]hares of|\\bsubsidiary of|\\b(?:acquired|bought|owned) by|\\b(?:startup|company|firm|"
            + "lab) (?:called|named))\\s+(?:the\\s+)?(?>" + NAME + ")(?![\\p{L}\\d]|\\s+(?:[\\p{Ll}-]+\\s+){0,2}"
            + WordLists.alternation("organization-descriptors") + "\\b)");

    private static final Pattern MADE_BY = Pattern.compile("\\b(?:created|developed|built|made|trained|released|"
            + "launched|unveiled|introduced|published|open-sourced)\\s+by\\s+(?:the\\s+)?"
            + "(\\p{Lu}[\\p{L}\\d&.-]*[\\p{L}\\d])(?![\\p{L}\\d&'’-]|\\s+\\p{Lu}|\\.\\p{L})");

    private static final Pattern DESCRIBED = Pattern.compile("(?<![\\p{L}-])"
            + WordLists.alternation("organization-descriptors") + "\\s+" + NAME
            + "(?![\\p{L}\\d&-]|\\.[\\p{L}\\d]|\\s+(?:\\p{Lu}|\\d))");

    private static final Pattern DESCRIBED_APPOSITIVE = Pattern.compile("(?<![\\p{L}-])"
            + WordLists.alternation("organization-descriptors") + ",\\s+" + NAME + ",\\s");

    private static final Pattern DESCRIBED_AFTER = Pattern.compile("(?<![\\p{L}\\d&.-])" + NAME + ",\\s+an?\\s+"
            + "(?:[\\p{L}-]+\\s+){0,4}?" + WordLists.alternation("organization-descriptors") + "\\b(?!\\s+(?:"
            + WordLists.alternation("descriptor-person-nouns") + ")\\b|-)");

    private OrganizationCues() { }

    static void find(String text, Sentence s, List<Mention> out) {
        bySuffix(text, s.tokens(), out);
        slot(SLOT.matcher(text).region(s.begin(), s.end()), out);
        slot(DESCRIBED.matcher(text).region(s.begin(), s.end()), out);
        slot(MADE_BY.matcher(text).region(s.begin(), s.end()), out);
        slot(DESCRIBED_APPOSITIVE.matcher(text).region(s.begin(), s.end()), out);
        slot(DESCRIBED_AFTER.matcher(text).region(s.begin(), s.end()), out);
        DeedCues.find(text, s, out);
    }

    static void slot(Matcher m, List<Mention> out) {
        while (m.find()) {
            slotName(m, out);
        }
    }

    /** Adds group 1 of {@code m} as an organization unless it starts with a word that is no name. */
    static void slotName(Matcher m, List<Mention> out) {
        String name = m.group(1);
        boolean adjective = List.of(name.split(" ")).stream().anyMatch(NameWords.GENERIC_ADJECTIVES::contains);
        String first = NameWords.firstWord(name);
        if (!NameWords.NOT_NAME_START.contains(first) && !NameWords.CALENDAR_WORDS.contains(first) && !adjective) {
            out.add(new Mention(m.start(1), m.end(1), name, Keys.slug(name), EntityType.ORGANIZATION,
                    null, null, false));
        }
    }

    private static void bySuffix(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            int possessive = word.endsWith("'s") || word.endsWith("’s") || word.endsWith("´s") ? 2
                    : word.length() > 1 && (word.endsWith("'") || word.endsWith("’") || word.endsWith("´")) ? 1 : 0;
            word = word.substring(0, word.length() - possessive);
            boolean company = COMPANY_SUFFIX.contains(word);
            if (!company && !UNIT_SUFFIX.contains(word)) {
                continue;
            }
            int first = i;
            while (first > 0 && first > i - 4 && NameWords.isNameWord(tokens, first - 1)) {
                first--;
            }
            while (first < i && NameWords.GENERIC_ADJECTIVES.contains(tokens.get(first).text())) {
                first++;
            }
            if (first < i) {
                int b = tokens.get(first).begin();
                int e = tokens.get(i).end() - possessive;
                String surface = text.substring(b, e);
                EntityType type = company ? EntityType.ORGANIZATION : EntityType.ORGANIZATION_UNIT;
                out.add(new Mention(b, e, surface, Keys.slug(surface), type, null, null, false));
            }
        }
    }
}
