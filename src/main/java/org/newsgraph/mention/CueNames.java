package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds names that are not in the catalog from English cues: organization suffixes ("... Labs",
 * "... Division"), model names with a hyphenated version ("Gen-3", "GPT-5.4"), and people next to
 * a job title ("CEO Jane Doe", "Jane Doe, the company's chief scientist", "Jane Doe said").
 * In: one sentence. Out: candidate mentions (they may overlap catalog matches; the caller decides).
 */
final class CueNames {
    private static final Set<String> COMPANY_SUFFIX = Set.of("Group", "Inc", "Inc.", "Corp", "Corp.",
            "Corporation", "Ltd", "Ltd.", "Holdings", "Technologies", "Labs", "Company", "AG", "GmbH");
    private static final Set<String> UNIT_SUFFIX = Set.of("Division", "Unit", "Team", "Lab",
            "Laboratory", "Academy", "Cloud", "Institute", "Department");
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "This", "That", "Its",
            "Their", "Our", "His", "Her", "In", "On", "At", "For", "By", "With", "From", "And", "Or",
            "But", "When", "While", "As", "If", "Every", "Each", "Several", "Many", "Some");
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+){1,2}";
    private static final String TITLE = "(?:CEO|CTO|CFO|COO|chief executive|chief scientist|"
            + "chief technology officer|vice president|president|founder|co-founder|chairman|"
            + "chairwoman|director|head|researcher|strategist|analyst|spokesperson|spokeswoman|"
            + "spokesman|scientist|engineer|professor|economist|partner|officer|minister)";
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:CEO|CTO|CFO|COO|Chairman|"
            + "Chairwoman|President|Founder|Co-founder|Chief Executive|Director|Professor|Dr\\.)\\s+(" + NAME + ")");
    private static final Pattern TITLE_AFTER = Pattern.compile("(?<![\\p{L}])(" + NAME + "),\\s+"
            + "(?:an?\\s+|the\\s+)?(?:[\\p{L}'’.-]+\\s+){0,4}?" + TITLE + "\\b");
    private static final Pattern SAID = Pattern.compile("(?<![\\p{L}])(" + NAME
            + ")\\s+(?:said|says|told|wrote|added)\\b");
    private static final Pattern HYPHEN_VERSION = Pattern.compile(
            "(?<![\\p{L}\\d-])(\\p{Lu}[\\p{L}]{1,20})-(\\d{1,2}(?:\\.\\d{1,2})?)(?![\\d\\p{L}]|\\.\\d)");

    private static final Pattern SPACED_VERSION = Pattern.compile(
            "(?<![\\p{L}\\d-])(\\p{Lu}[\\p{L}]{1,20}) (\\d{1,2}(\\.\\d{1,2})?)(?![\\d\\p{L}]|\\.\\d|,\\d| ?%|\\s+licen[cs])");
    private static final Pattern MODEL_CONTEXT_BEFORE = Pattern.compile("(?:released|launched|shipped|"
            + "unveiled|introduced|debuted|behind|than|vs\\.?|versus|like|including|'s|’s)\\s+$");
    private static final Pattern MODEL_CONTEXT_AFTER = Pattern.compile("^\\s+(?:from|by|model|ranked)\\b");
    private static final Set<String> CALENDAR_WORDS = Set.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Jan",
            "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "No", "Q", "Top",
            "Section", "Chapter", "Phase", "Level", "Page", "Step", "Day", "Week", "Year");

    private static final Pattern LEADERBOARD = Pattern.compile("(?<![\\p{L}])((?:\\p{Lu}[\\p{L}]+\\s){1,3}"
            + "(?:[a-z]+(?:-[a-z]+)*\\s)?(?:leaderboard|Leaderboard|Arena|arena|Index|benchmark))\\b");

    private CueNames() { }

    /** Candidate mentions of names found by cues in one sentence. */
    static List<Mention> find(String text, Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        organizations(text, sentence.tokens(), out);
        people(text, sentence, TITLE_BEFORE, out);
        people(text, sentence, TITLE_AFTER, out);
        people(text, sentence, SAID, out);
        versions(text, sentence, out);
        spacedVersions(text, sentence, out);
        leaderboards(text, sentence, out);
        return out;
    }

    private static void organizations(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            int possessive = word.endsWith("'s") || word.endsWith("’s") ? 2 : 0;
            word = word.substring(0, word.length() - possessive);
            boolean company = COMPANY_SUFFIX.contains(word);
            if (!company && !UNIT_SUFFIX.contains(word)) {
                continue;
            }
            int first = i;
            while (first > 0 && first > i - 4 && isNameWord(tokens, first - 1)) {
                first--;
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

    private static boolean isNameWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isCapitalised() || NOT_NAME_START.contains(t.text())) {
            return false;
        }
        return i + 1 >= tokens.size() || tokens.get(i + 1).begin() - t.end() <= 1;
    }

    private static void people(String text, Sentence s, Pattern p, List<Mention> out) {
        Matcher m = p.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            String name = m.group(1);
            if (!NOT_NAME_START.contains(name.substring(0, name.indexOf(name.contains(" ") ? ' ' : '-')))) {
                out.add(new Mention(m.start(1), m.end(1), name, Keys.slug(name), EntityType.PERSON,
                        null, null, false));
            }
        }
    }

    private static void versions(String text, Sentence s, List<Mention> out) {
        Matcher m = HYPHEN_VERSION.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            String family = Keys.slug(m.group(1));
            out.add(new Mention(m.start(), m.end(), m.group(), Keys.versionKey(family, m.group(2)),
                    EntityType.MODEL, family, m.group(2), false));
        }
    }

    /**
     * "Driftwood 2.5" (a dotted version is enough) and "Kestrel 4" (an integer version only next
     * to a release verb, a comparison or "from"/"by").
     */
    private static void spacedVersions(String text, Sentence s, List<Mention> out) {
        Matcher m = SPACED_VERSION.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            if (CALENDAR_WORDS.contains(m.group(1)) || NOT_NAME_START.contains(m.group(1))) {
                continue;
            }
            boolean dotted = m.group(3) != null;
            boolean context = MODEL_CONTEXT_BEFORE.matcher(text.substring(s.begin(), m.start())).find()
                    || MODEL_CONTEXT_AFTER.matcher(text.substring(m.end(), s.end())).find();
            if (dotted || context) {
                String family = Keys.slug(m.group(1));
                out.add(new Mention(m.start(), m.end(), m.group(), Keys.versionKey(family, m.group(2)),
                        EntityType.MODEL, family, m.group(2), false));
            }
        }
    }

    /** "Arena Pulse text-to-video leaderboard": capitalised words before a leaderboard noun. */
    private static void leaderboards(String text, Sentence s, List<Mention> out) {
        Matcher m = LEADERBOARD.matcher(text);
        int pos = s.begin();
        while (pos < s.end() && m.find(pos) && m.end() <= s.end()) {
            String first = m.group(1).substring(0, m.group(1).indexOf(' '));
            if (NOT_NAME_START.contains(first) || CALENDAR_WORDS.contains(first)) {
                pos = m.start(1) + first.length();
                continue;
            }
            out.add(new Mention(m.start(1), m.end(1), m.group(1), Keys.slug(m.group(1)),
                    EntityType.LEADERBOARD, null, null, false));
            pos = m.end();
        }
    }
}
