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

    private CueNames() { }

    /** Candidate mentions of names found by cues in one sentence. */
    static List<Mention> find(String text, Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        organizations(text, sentence.tokens(), out);
        people(text, sentence, TITLE_BEFORE, out);
        people(text, sentence, TITLE_AFTER, out);
        people(text, sentence, SAID, out);
        versions(text, sentence, out);
        return out;
    }

    private static void organizations(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
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
                int e = tokens.get(i).end();
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
}
