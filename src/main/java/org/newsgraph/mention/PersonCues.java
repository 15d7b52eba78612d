package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;

/**
 * People found by English cues: a job title before the name ("CEO Jane Doe", "chief executive
 * Min-jun Seo", "head of product Lucy Brennan"), an appositive title after it ("Jane Doe, the
 * company's chief scientist", "Lena Park, Senior Analyst"), a speech verb ("Jane Doe said",
 * "said Jane Doe,", "reports to Jane Doe."), an appointment ("appointed Jane Doe as", "Jane Doe
 * joined Foo"), a role verb ("Jane Doe, who heads Foo"), a title with a comma ("its chief
 * executive, Omar Haddad,"), an age before the title ("Jane Doe, 49, a former head of AI at") or a
 * copula ("Jane Doe is a senior reporter for Foo"). Titles are those of {@link RoleTitles}. A part of a name may be a
 * surname prefix and a capitalised word ("LeCun", "McGrew"; list {@code surname-prefixes}). In: one sentence; out:
 * candidate person mentions.
 */
final class PersonCues {
    private static final String PART = "(?:(?:" + WordLists.alternation("surname-prefixes") + ")(?=\\p{Lu}\\p{Ll}))?"
            + "\\p{Lu}(?:\\p{Ll}?['’]\\p{Lu})?\\p{Ll}+(?:-\\p{Ll}+)?";
    private static final String NAME = PART + "(?:[ \\-]" + PART + "){1,2}";
    private static final String TITLE = RoleTitles.REGEX;
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i:\\b" + TITLE + "|\\bDr\\.)\\s+(" + NAME + ")\\b");
    private static final Pattern TITLE_AFTER = Pattern.compile("(?<![\\p{L}])(" + NAME + "),\\s+(?:\\d{2},\\s+)?"
            + "(?:an?\\s+|the\\s+)?(?:[\\p{L}'’.-]+\\s+){0,4}?(?i:" + TITLE + ")\\b");
    private static final Pattern SAID = Pattern.compile("(?<![\\p{L}])(" + NAME
            + ")\\s+(?:said|says|told|wrote|added|noted)\\b");
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says|according to|reports? to|"
            + "reporting to)\\s+(" + NAME + ")(?=,|\\.|$)");
    private static final Pattern APPOINTED = Pattern.compile("\\b(?:appointed|appoints|named|names|"
            + "hired|hires|promoted|promotes|tapped|taps)\\s+(" + NAME + ")\\s+(?:as|to|(?i:"
            + TITLE + "))\\b");
    private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}])(" + NAME + ")(?:\\s+(?:has|had|recently)"
            + "|,\\s+who(?:\\s+(?:has|had|recently))?)?\\s+(?:joined|joins|rejoined)\\s+\\p{Lu}");
    private static final Pattern WHO_HEADS = Pattern.compile("(?<![\\p{L}])(" + NAME + "),\\s+who\\s+(?:"
            + String.join("|", WordLists.entries("role-verbs").stream().map(l -> l.split("\\s+")[0]).toList())
            + ")\\s+(?:the\\s+)?\\p{Lu}");
    private static final Pattern IS_TITLE = Pattern.compile("(?<![\\p{L}])(" + NAME + ")\\s+(?:is|was|serves as)\\s+"
            + "(?:an?|the)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?(?i:" + TITLE + ")\\s+(?:at|for|of|with)\\s+\\p{Lu}");
    private static final Pattern TITLE_COMMA = Pattern.compile("(?i:\\b" + TITLE + "),\\s+(" + NAME + "),");

    private static final Pattern TITLE_START = Pattern.compile("(?i)^(?:" + TITLE + ")\\b");
    private static final Pattern TITLE_WORD = Pattern.compile("ceo|cto|cfo|coo|chief|president|founder|chair|"
            + "director|head|research|analyst|engineer|executive|scientist|strategist|economist|spokes|professor|partner|"
            + "officer|minister|manager|lead|fellow|vp|member|reporter|correspondent|columnist|editor|c[a-z]{1,2}o\\b|dr\\.");
    private static final Pattern SPEECH_WORD = Pattern.compile("said|says|told|wrote|added|noted|according|"
            + "appoint|name|hire|promot|tap|report|join|who");

    private PersonCues() { }

    /** A cheap test before the patterns: a name needs two capitalised words in a row. */
    private static boolean twoCapitalisedWords(Sentence s) {
        String t = s.text();
        boolean previous = false;
        boolean wordStart = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                wordStart = true;
            } else if (wordStart) {
                boolean capital = Character.isUpperCase(c);
                if (capital && previous) {
                    return true;
                }
                previous = capital;
                wordStart = false;
            }
        }
        return false;
    }

    static void find(String text, Sentence s, List<Mention> out) {
        if (!twoCapitalisedWords(s)) {
            return;
        }
        String lower = s.text().toLowerCase(Locale.ROOT);
        boolean titled = TITLE_WORD.matcher(lower).find();
        boolean speech = SPEECH_WORD.matcher(lower).find();
        for (Pattern p : List.of(TITLE_BEFORE, TITLE_AFTER, SAID, SAID_BEFORE, APPOINTED, TITLE_COMMA, JOINED,
                WHO_HEADS, IS_TITLE)) {
            boolean needsTitle = p == TITLE_BEFORE || p == TITLE_AFTER || p == TITLE_COMMA || p == IS_TITLE;
            if (needsTitle ? !titled : !speech) {
                continue;
            }
            Matcher m = p.matcher(text).region(s.begin(), s.end());
            while (m.find()) {
                String name = m.group(1);
                if (!NameWords.NOT_NAME_START.contains(NameWords.firstWord(name)) && !TITLE_START.matcher(name).find()) {
                    out.add(new Mention(m.start(1), m.end(1), name, Keys.slug(name), EntityType.PERSON,
                            null, null, false));
                }
            }
        }
    }
}
