package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;
import org.newsgraph.text.WordLists;

/**
 * Organizations that are not in the catalog, found by English cues: a company suffix after
 * capitalised words ("Corvid Labs", "Hanseong Industries", "Glowworm AI"), a unit suffix
 * ("Quillon Research", "Nimbus Vision Team"), or a place in the sentence that only an
 * organization fills ("CFO of Stripe", "shares of X", "a subsidiary of X", "acquired by X", "X, which was founded in 2022", "acquired X and Y", "its acquisition of X", "X acquired Y", "X's co-founder"), a name spelled out before its abbreviation ("Advanced Micro Devices (AMD)"), a maker named in what it releases ("X has introduced X
 * Arctic"), or
 * after a descriptor noun ("Chinese server maker Foo", "research startup Foo"; list
 * {@code organization-descriptors}) when no capitalised word or number follows the name.
 * In: one sentence; out: candidate mentions.
 */
final class OrganizationCues {
    static final Set<String> COMPANY_SUFFIX = Set.of("Group", "Inc", "Inc.", "Corp", "Corp.",
            "Corporation", "Ltd", "Ltd.", "Holdings", "Technologies", "Technology", "Labs", "Company",
            "AG", "GmbH", "AI", "Industries", "Securities", "Systems", "Robotics", "Partners",
            "Ventures", "Capital", "University", "Networks", "Electronics", "Semiconductor", "Bank", "Media");
    static final Set<String> UNIT_SUFFIX = Set.of("Division", "Unit", "Team", "Lab", "Laboratory",
            "Academy", "Cloud", "Institute", "Department", "Research");
    private static final String NAME = "(\\p{Lu}[\\p{L}\\d&.-]*[\\p{L}\\d](?:\\s\\p{Lu}[\\p{L}\\d&.-]*[\\p{L}\\d]){0,2})";
    private static final Pattern SLOT = Pattern.compile("(?:\\b(?i:" + RoleTitles.REGEX + ")\\s+(?:of|at)"
            + "|\\b[Ss]hares of|\\bsubsidiary of|\\b(?:acquired|bought|owned) by|\\b(?:startup|company|firm|"
            + "lab) (?:called|named))\\s+(?:the\\s+)?(?>" + NAME + ")(?![\\p{L}\\d]|\\s+(?:[\\p{Ll}-]+\\s+){0,2}"
            + WordLists.alternation("organization-descriptors") + "\\b)");

    private static final Pattern DESCRIBED = Pattern.compile("(?<![\\p{L}-])"
            + WordLists.alternation("organization-descriptors") + "\\s+" + NAME
            + "(?![\\p{L}\\d&-]|\\.[\\p{L}\\d]|\\s+(?:\\p{Lu}|\\d))");

    private static final Pattern RAISED = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "\\s+(?:has\\s+|had\\s+|just\\s+)?"
            + WordLists.alternation("funding-verbs") + "\\s+(?:(?:about|nearly|more than|over|a|an|another|just|under|"
            + "almost|roughly|around|some|up to|close to)\\s+)*"
            + "(?:US\\$|[$€£¥]|\\d|RMB|USD|EUR)");

    private static final Pattern FOUNDED = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?:,\\s+(?:which|that)\\s+|\\s+)"
            + "(?:(?:was|is|had been|has been|originally|first)\\s+)+(?:co-?)?founded\\s+(?:in\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?\\d{4}|by)\\b");

    private static final Pattern BOUGHT = Pattern.compile("\\b(?:" + WordLists.alternation("acquisition-verbs")
            + "|(?:" + WordLists.alternation("acquisition-nouns") + ")\\s+of)\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}*-based\\s+)?(?>" + NAME
            + ")(?![\\p{L}\\d&-]|\\.[\\p{L}\\d]|\\s+\\d|['’]s\\b|\\s+(?:[\\p{Ll}-]+\\s+){0,2}"
            + WordLists.alternation("organization-descriptors") + "\\b)");
    private static final Pattern AND_NAME = Pattern.compile("\\G(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + NAME
            + "(?![\\p{L}\\d&-]|\\.[\\p{L}\\d]|\\s+\\d)");

    private static final Pattern BUYER = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "\\s+(?:(?:has|have|had|will|would|is|"
            + "was|also|agreed to|plans to|said it would|said it will)\\s+)*(?:" + WordLists.alternation("acquisition-verbs")
            + ")\\s+\\p{Lu}");
    private static final Pattern TITLE_OF_NAME = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?:'s|’s|'|’)\\s+(?:former\\s+)?"
            + "(?i:" + RoleTitles.REGEX + ")\\b");

    private static final Pattern SPELLED_OUT = Pattern.compile("(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}&-]*\\s+(?:(?:of|and|for|the)\\s+)?)"
            + "{1,6}\\p{Lu}[\\p{L}&-]*)\\s+[(（](\\p{Lu}{2,6})[)）]");
    private static final Set<String> GENERIC_WORDS = WordLists.union("generic-name-words");

    private static final Pattern BRAND = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}\\d&.-]*[\\p{L}\\d])\\s+(?:(?:has|have|"
            + "today|now|also|just|officially)\\s+)*(?:" + WordLists.alternation("maker-verbs") + ")\\s+(?:(?:its|the|a|an|new)\\s+)*"
            + "\\1\\s+\\p{Lu}");

    private OrganizationCues() { }

    static void find(String text, Sentence s, List<Mention> out) {
        bySuffix(text, s.tokens(), out);
        slot(SLOT.matcher(text).region(s.begin(), s.end()), out);
        slot(DESCRIBED.matcher(text).region(s.begin(), s.end()), out);
        slot(RAISED.matcher(text).region(s.begin(), s.end()), out);
        slot(FOUNDED.matcher(text).region(s.begin(), s.end()), out);
        bought(text, s, out);
        slot(BUYER.matcher(text).region(s.begin(), s.end()), out);
        slot(TITLE_OF_NAME.matcher(text).region(s.begin(), s.end()), out);
        spelledOut(text, s, out);
        slot(BRAND.matcher(text).region(s.begin(), s.end()), out);
    }

    /** "Advanced Micro Devices (AMD)": capitalised words whose initials are the abbreviation after them. */
    private static void spelledOut(String text, Sentence s, List<Mention> out) {
        Matcher m = SPELLED_OUT.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            List<String> words = List.of(m.group(1).split("\\s+")).stream()
                    .filter(w -> !w.matches("of|and|for|the")).toList();
            String initials = words.stream().map(w -> w.substring(0, 1)).reduce("", String::concat);
            boolean generic = words.stream().anyMatch(w -> GENERIC_WORDS.contains(w.toLowerCase(Locale.ROOT)));
            int skip = words.size() - m.group(2).length();
            if (!generic && skip >= 0 && initials.substring(skip).equals(m.group(2))) {
                int begin = m.start(1) + m.group(1).indexOf(words.get(skip));
                String name = text.substring(begin, m.end(1));
                out.add(new Mention(begin, m.end(1), name, Keys.slug(name),
                        EntityType.ORGANIZATION, null, null, false));
            }
        }
    }

    /** "acquired Foo and Bar", "its acquisition of Foo": the companies bought. */
    private static void bought(String text, Sentence s, List<Mention> out) {
        Matcher m = BOUGHT.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            slotName(m, out);
            Matcher more = AND_NAME.matcher(text).region(m.end(), s.end());
            while (more.find()) {
                slotName(more, out);
                more.region(more.end(), s.end());
            }
        }
    }

    private static void slot(Matcher m, List<Mention> out) {
        while (m.find()) {
            slotName(m, out);
        }
    }

    private static void slotName(Matcher m, List<Mention> out) {
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
            int possessive = word.endsWith("'s") || word.endsWith("’s") ? 2
                    : word.length() > 1 && (word.endsWith("'") || word.endsWith("’")) ? 1 : 0;
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
