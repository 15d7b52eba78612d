package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;

/**
 * Model names that are not in the catalog, from their shape: a hyphenated version ("Gen-4.5",
 * "Cirrus-3", "Nova-V4"), a spaced dotted version after one to three capitalised (or capitalised
 * hyphenated) words ("Yunjing 2.0", "Mistral Medium 3.1"), or a spaced integer version next to a release verb, a comparison or
 * a model word or a size in billions ("released Magpie 3", "Kestrel 4 from ...", "Kestrel 4 has 13
 * billion parameters"), and names introduced as models ("a
 * model called Glimmer", "Glimmer, an open, general-purpose LLM"). Numbers that measure ("RMB 1.2 billion", "Stratus
 * 2 weeks") and licences
 * ("under Apache 2.0") are not versions. In: one sentence; out: candidate model mentions.
 */
final class ModelCues {
    private static final String WORD = "\\p{Lu}[\\p{L}\\d]{1,20}";
    private static final Pattern HYPHEN_VERSION = Pattern.compile("(?<![\\p{L}\\d-])(" + WORD
            + ")-(\\d{1,2}(?:\\.\\d{1,2})?(?:(?![bkmpsx])[a-z])?|[A-Z]\\d{1,2}(?:\\.\\d)?)(?![\\d\\p{L}]|\\.\\d)");
    private static final Pattern SPACED_NUMBER = Pattern.compile("(?<=\\p{L}) (\\d{1,2}(\\.\\d{1,2})?)"
            + "(?![\\d\\p{L}]|\\.\\d|,\\d| ?%)");
    private static final Pattern MEASURE_AFTER = Pattern.compile("^\\s*(?:percent|per cent|million|billion|"
            + "trillion|thousand|times|points|seconds?|minutes?|hours?|days?|weeks?|months?|years?|GB|TB|fps|"
            + "licen[cs]|p\\b|[kK]\\b|x\\b)");
    private static final Pattern CONTEXT_BEFORE = Pattern.compile("(?:released|launched|shipped|unveiled|"
            + "introduced|introduces|announced|debuted|behind|than|vs\\.?|versus|like|including|and|or|"
            + "outperforms|outperformed|beats|matches|over|against|predecessor|successor|called|named|"
            + "preparing|release|'s|’s|(?<=s)['’]|model,?|version,?)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTEXT_AFTER = Pattern.compile("^,?\\s+(?:from|by|model|ranked|ranks|"
            + "scored|tops|topped|outperforms|beats|matches|renders|generates|supports|is available|came out|"
            + "was released|released|launched|debuted)\\b|^\\s+(?:has|have|with|boasts|packs)\\s+(?:up to\\s+|about\\s+|"
            + "roughly\\s+|only\\s+|just\\s+)?[\\d.,]+\\s*(?:billion|trillion|[BT]\\b)");
    private static final Pattern CALLED = Pattern.compile("\\b(?:model|system|chatbot|generator|product|tool|app)s?,?\\s+"
            + "(?:called|named|dubbed|known as)\\s+[“\"‘']?(" + WORD + ")(?![\\p{L}\\d])");

    private static final Pattern NAMED_AFTER_NOUN = Pattern.compile("\\b(?:model|LLM|chatbot)\\s+(?:[“\"‘']("
            + WORD + "(?:\\s" + WORD + "){0,2})[”\"’']|(" + WORD + "))(?=[,.;:]|\\s+(?:which|that|is|was|and|has|on|in|"
            + "to|for|with)\\b|\\s*$)");

    private static final Pattern DESCRIBED = Pattern.compile("(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}\\d-]{1,20}\\s){0,2}\\p{Lu}[\\p{L}\\d-]{1,20}),\\s+(?:an?|the)\\s+"
            + "((?:[\\p{L}\\d-]+,?\\s+){0,6}?)(?:model|LLM|language model|chatbot|video generator|foundation model)\\b");
    private static final Set<String> NOT_MODEL_WORDS = WordLists.union(
            "organization-descriptors", "determiners");

    private ModelCues() { }

    static void find(String text, Sentence s, List<Mention> out) {
        Matcher m = HYPHEN_VERSION.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            if (!MEASURE_AFTER.matcher(text.substring(m.end(), s.end())).find()) {
                add(m.start(), m.end(), m.group(), m.group(1), m.group(2), out);
            }
        }
        spaced(text, s, out);
        described(text, s, out);
        Matcher c = CALLED.matcher(text).region(s.begin(), s.end());
        while (c.find()) {
            out.add(new Mention(c.start(1), c.end(1), c.group(1), Keys.slug(c.group(1)), EntityType.MODEL,
                    null, null, false));
        }
        namedAfterNoun(text, s, out);
    }

    /**
     * "launched the open-source large model FooBar, which ...", "the LLM 'Foo Open'": the name a model
     * noun introduces (not a plural acronym: "model APIs").
     */
    private static void namedAfterNoun(String text, Sentence s, List<Mention> out) {
        Matcher n = NAMED_AFTER_NOUN.matcher(text).region(s.begin(), s.end());
        while (n.find()) {
            int g = n.group(1) != null ? 1 : 2;
            String name = n.group(g);
            if (mayNameModel(name) && !name.matches("\\p{Lu}{2,}s")) {
                out.add(new Mention(n.start(g), n.end(g), name, Keys.slug(name), EntityType.MODEL, null, null, false));
            }
        }
    }

    private static void spaced(String text, Sentence s, List<Mention> out) {
        Matcher m = SPACED_NUMBER.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            int familyBegin = familyStart(text, s.begin(), m.start());
            String after = text.substring(m.end(), s.end());
            if (familyBegin < 0 || MEASURE_AFTER.matcher(after).find()) {
                continue;
            }
            String before = text.substring(s.begin(), familyBegin);
            boolean dotted = m.group(2) != null;
            if (dotted && before.matches("(?s).*\\bunder\\s+$")) {
                continue;
            }
            if (dotted || CONTEXT_BEFORE.matcher(before).find() || CONTEXT_AFTER.matcher(after).find()) {
                add(familyBegin, m.end(), text.substring(familyBegin, m.end()),
                        text.substring(familyBegin, m.start()), m.group(1), out);
            }
        }
    }

    /** "Foo, an open, general-purpose LLM": a name set off by a description that ends in a model word. */
    private static void described(String text, Sentence s, List<Mention> out) {
        Matcher d = DESCRIBED.matcher(text).region(s.begin(), s.end());
        while (d.find()) {
            String name = d.group(1);
            boolean organization = List.of(d.group(2).toLowerCase(Locale.ROOT).split("[,\\s]+")).stream()
                    .anyMatch(NOT_MODEL_WORDS::contains);
            if (!organization && mayNameModel(name)) {
                out.add(new Mention(d.start(1), d.end(1), name, Keys.slug(name), EntityType.MODEL, null, null, false));
            }
        }
    }

    /** Whether the words can be a model's name: not a calendar word, sentence opener, headline word or company suffix. */
    private static boolean mayNameModel(String name) {
        String first = NameWords.firstWord(name);
        return !NameWords.CALENDAR_WORDS.contains(first) && !NameWords.NOT_NAME_START.contains(first)
                && !OrganizationCues.COMPANY_SUFFIX.contains(name) && !NameWords.HEADLINE_WORDS.contains(name);
    }

    /** Start of the one to three capitalised words that end at {@code end}, or -1 when there are none. */
    private static int familyStart(String text, int limit, int end) {
        int start = -1;
        for (int words = 0; words < 3; words++) {
            int b = end;
            while (b > limit && (Character.isLetterOrDigit(text.charAt(b - 1))
                    || text.charAt(b - 1) == '-' && b - 1 > limit && Character.isLetter(text.charAt(b - 2)))) {
                b--;
            }
            String word = text.substring(b, end);
            if (!word.matches(WORD + "(?:-\\p{Lu}[\\p{L}\\d]*)*") || excluded(word) || NameWords.HEADLINE_WORDS.contains(word)
                    || OrganizationCues.COMPANY_SUFFIX.contains(word) || OrganizationCues.UNIT_SUFFIX.contains(word)) {
                break;
            }
            start = b;
            if (b - 1 <= limit || text.charAt(b - 1) != ' ') {
                break;
            }
            end = b - 1;
        }
        return start;
    }

    private static boolean excluded(String word) {
        return NameWords.CALENDAR_WORDS.contains(word) || NameWords.NOT_NAME_START.contains(word)
                || NameWords.NOT_MODEL_FAMILIES.contains(word)
                || word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static void add(int begin, int end, String surface, String familyName, String version,
                            List<Mention> out) {
        String family = Keys.slug(familyName);
        String v = version.toLowerCase(Locale.ROOT);
        out.add(new Mention(begin, end, surface, Keys.versionKey(family, v), EntityType.MODEL, family, v, false));
    }
}
