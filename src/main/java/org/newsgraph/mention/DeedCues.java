package org.newsgraph.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;

/**
 * Organizations known by what the sentence says they do or are: they raised money ("X raised $40
 * million", "X, which raised $102 million", "X announced an additional $120 million"), were founded ("X, which was founded in 2022", "X, founded in 2021 by"), were bought ("acquired X and Y", "its
 * acquisition of X") or buy ("X acquired Y"), have officers ("X's co-founder", "Coursera chairman
 * Andrew Ng", "former Intel and Coursera executive Lila Ibrahim"), are spelled out before their
 * abbreviation ("Advanced Micro Devices (AMD)") or name what they release ("X has introduced X
 * Arctic"). The verbs and nouns are the word lists {@code funding-verbs}, {@code acquisition-verbs},
 * {@code acquisition-nouns} and {@code maker-verbs}. In: one sentence; out: candidate mentions.
 */
final class DeedCues {
    private static final String NAME = OrganizationCues.NAME;
    private static final Pattern RAISED = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?:,\\s+(?:which|that)\\s+|\\s+)"
            + "(?:has\\s+|had\\s+|just\\s+|recently\\s+)?(?:" + WordLists.alternation("funding-verbs")
            + "|announced(?:\\s+an?(?:\\s+additional|\\s+new)?)?)\\s+(?:" + WordLists.alternation("amount-hedges") + "\\s+)*"
            + "(?:US\\$|[$€£¥]|\\d|RMB|USD|EUR)");

    private static final Pattern FOUNDED = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?:,\\s+|(?:,\\s+(?:which|that)|)\\s+"
            + "(?:(?:was|is|had been|has been|originally|first)\\s+)+)"
            + "(?:co-?)?founded\\s+(?:in\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?\\d{4}|by)\\b");

    private static final Pattern BOUGHT = Pattern.compile("\\b(?:" + WordLists.alternation("acquisition-verbs")
            + "|(?:" + WordLists.alternation("acquisition-nouns") + ")\\s+of)\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}*-based\\s+)?(?>" + NAME
            + ")(?![\\p{L}\\d&-]|\\.[\\p{L}\\d]|\\s+\\d|['’]s\\b|\\s+(?:[\\p{Ll}-]+\\s+){0,4}"
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

    private static final Pattern BEFORE_TITLE = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?:\\s+and\\s+(\\p{Lu}[\\p{L}\\d&.-]*"
            + "[\\p{L}\\d]))?"
            + "\\s+(?i:" + RoleTitles.REGEX + ")\\s+(?=\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}\\b)");
    private static final Set<String> TITLE_WORDS = titleWords();


    private DeedCues() { }

    /** Every word of the job titles in {@code role-titles.txt}, lower case: no organization's name is made of them. */
    private static Set<String> titleWords() {
        Set<String> words = new HashSet<>();
        for (String title : WordLists.entries("role-titles")) {
            for (String w : title.toLowerCase(Locale.ROOT).split("[\\s*+-]+")) {
                words.add(w);
            }
        }
        return Set.copyOf(words);
    }

    static void find(String text, Sentence s, List<Mention> out) {
        OrganizationCues.slot(RAISED.matcher(text).region(s.begin(), s.end()), out);
        OrganizationCues.slot(FOUNDED.matcher(text).region(s.begin(), s.end()), out);
        bought(text, s, out);
        OrganizationCues.slot(BUYER.matcher(text).region(s.begin(), s.end()), out);
        OrganizationCues.slot(TITLE_OF_NAME.matcher(text).region(s.begin(), s.end()), out);
        spelledOut(text, s, out);
        OrganizationCues.slot(BRAND.matcher(text).region(s.begin(), s.end()), out);
        beforeTitle(text, s, out);
    }

    /**
     * "Coursera chairman Andrew Ng", "former Intel and Coursera executive Lila Ibrahim": the organizations before a
     * title and a name.
     */
    private static void beforeTitle(String text, Sentence s, List<Mention> out) {
        Matcher m = BEFORE_TITLE.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            boolean titleWord = List.of(m.group(1).split("\\s+")).stream()
                    .anyMatch(w -> TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT)));
            if (!titleWord) {
                OrganizationCues.slotName(m, out);
                if (m.group(2) != null && !TITLE_WORDS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                    out.add(new Mention(m.start(2), m.end(2), m.group(2), Keys.slug(m.group(2)), EntityType.ORGANIZATION,
                            null, null, false));
                }
            }
        }
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
            OrganizationCues.slotName(m, out);
            Matcher more = AND_NAME.matcher(text).region(m.end(), s.end());
            while (more.find()) {
                OrganizationCues.slotName(more, out);
                more.region(more.end(), s.end());
            }
        }
    }
}
