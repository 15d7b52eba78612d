package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Keys;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * The names listed after a cue that says what they are ("investors including A, B and C", "led
 * by venture firm A with participation from B"): each item is a mention the sentence already has,
 * or else a run of capitalised words, read as a name of the given type because the cue says so (a
 * person's name has two words at least).
 * In: the sentence, where the list starts and the type its names have; out: the listed names in
 * text order (empty when the first item is not a name).
 */
final class NameList {
    private static final String WORD = "(?:\\p{Lu}(?:[\\p{L}\\d&-]|['’](?!s\\b))*(?:\\.\\p{L}+)*|\\d[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*)";
    private static final Pattern NAME = Pattern.compile("\\G" + WORD + "(?:\\s+(?:&\\s+)?" + WORD + "){0,4}");
    private static final Pattern DESCRIPTOR = Pattern.compile("\\G(?:" + WordLists.alternation("nationality-adjectives")
            + "\\s+(?=[“\"‘]?\\p{Ll})|\\p{Lu}{2,3}\\s+(?=\\p{Ll})"
            + "|\\p{Lu}[\\p{L}\\d]*-\\p{Ll}[\\p{Ll}-]*\\s+)?(?:(?:the|its|other|existing|new|"
            + "(?!(?:and|or|from|with|at|in|by|of|to|for|as|anything|something|everything|nothing|who|which|that|whose)\\b|\\p{Ll}+(?:ing|ed)\\s+(?:the|a|an|its|their)\\b)"
            + "[“\"‘]?[\\p{Ll}\\d-]+[”\"’]?)\\s+){0,4}");
    private static final Pattern SOURCE_AFTER = Pattern.compile("\\s+" + WordLists.alternation("reporting-verbs") + "\\b");
    private static final Pattern POSSESSIVE_PLACE = Pattern.compile("^" + WORD + "(?:'s|’s)\\s+");
    private static final Set<String> NOT_NAMES = WordLists.union("calendar-words", "not-name-start", "legal-suffixes");
    private static final Pattern POSSESSOR_AFTER = Pattern.compile("\\G(?:'s|’s)\\s+");
    private static final Pattern MODIFIER_OF = Pattern.compile("\\G\\s+(?:models?|systems?|chips?|products?|companies|"
            + "firms|startups|labs|rivals|players|giants|tech|stocks?|shares|market)\\b");
    private static final Pattern JOINER = Pattern.compile("\\G(?:\\s*[(（][^()（）]{1,20}[)）])?(?:,\\s+an?\\s+[^;,()]{1,60};\\s*"
            + "(?:and\\s+)?|,\\s*(?:and\\s+|as well as\\s+)?|\\s+(?:and|&)\\s+"
            + "|,?\\s+as well as\\s+)");

    /** Two or three capitalised words, the shape of a person's name ("Kai-Fu Lee", "Mara Quist"). */
    static final String PERSON_NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?:\\s+(?:"
            + WordLists.alternation("surname-prefixes") + "(?=\\p{Lu}\\p{Ll}))?\\p{Lu}[\\p{Ll}’'-]+){1,2}";
    /** A list of such names: "A, B, and C". */
    static final String PEOPLE = "(?<![\\p{L}])" + PERSON_NAME + "(?:(?:,\\s*(?:and\\s+)?|,?\\s+and\\s+)"
            + PERSON_NAME + ")*";
    private static final Pattern PEOPLE_BEFORE = Pattern.compile(PEOPLE + "$");
    private static final Pattern ARM = Pattern.compile("\\G\\s+" + WordLists.alternation("investment-arm-words")
            + "(?![\\p{L}\\d])");

    private NameList() { }

    /** The investors listed from {@code from}: organizations, and the people the text has already named. */
    static List<Mention> investors(SentenceContext ctx, int from) {
        return at(ctx, from, EntityType.ORGANIZATION, true);
    }

    /** The names listed from document offset {@code from}, as mentions of {@code type}. */
    static List<Mention> at(SentenceContext ctx, int from, EntityType type) {
        return at(ctx, from, type, false);
    }

    /**
     * The people listed right before document offset {@code end} ("A, B and C" ending there, each
     * two or three capitalised words): the names as person mentions in text order, empty when no
     * such list ends there.
     */
    static List<Mention> peopleEndingAt(SentenceContext ctx, int end) {
        Matcher m = PEOPLE_BEFORE.matcher(ctx.head(end));
        return m.find() ? at(ctx, ctx.sentence().begin() + m.start(), EntityType.PERSON) : List.of();
    }

    private static List<Mention> at(SentenceContext ctx, int from, EntityType type, boolean people) {
        List<Mention> out = new ArrayList<>();
        String text = ctx.text();
        int limit = ctx.sentence().end();
        int pos = from;
        while (pos < limit) {
            Matcher d = DESCRIPTOR.matcher(text).region(pos, limit);
            int at = d.find() ? d.end() : pos;
            Mention item = item(ctx, at, type, people);
            if (item == null || !out.isEmpty() && SOURCE_AFTER.matcher(text).region(item.end(), limit).lookingAt()) {
                break;
            }
            out.add(item);
            Matcher j = JOINER.matcher(text).region(item.end(), limit);
            if (!j.find()) {
                break;
            }
            pos = j.end();
        }
        return out;
    }

    private static Mention item(SentenceContext ctx, int at, EntityType type, boolean people) {
        for (Mention m : ctx.mentions()) {
            if (m.begin() == at) {
                boolean kind = m.type() == type || type.isOrganization() && m.type().isOrganization()
                        || people && m.type() == EntityType.PERSON;
                return kind ? withArm(ctx, m) : null;
            }
        }
        Matcher n = NAME.matcher(ctx.text()).region(at, ctx.sentence().end());
        if (!n.find()) {
            return null;
        }
        int begin = n.start();
        Matcher place = POSSESSIVE_PLACE.matcher(n.group());
        if (place.find()) {
            return item(ctx, begin + place.end(), type, people);
        }
        Matcher owner = POSSESSOR_AFTER.matcher(ctx.text()).region(n.end(), ctx.sentence().end());
        if (owner.find()) {
            return item(ctx, owner.end(), type, people);
        }
        if (MODIFIER_OF.matcher(ctx.text()).region(n.end(), ctx.sentence().end()).find()) {
            return null;
        }
        String firstWord = n.group().split("\\s+")[0];
        if (NOT_NAMES.contains(firstWord)) {
            return null;
        }
        int end = firstMentionInside(ctx, begin, n.end());
        Mention tail = ctx.mentions().stream().filter(m -> m.begin() == end && m.end() == n.end()).findFirst().orElse(null);
        if (tail != null && (tail.type() == EntityType.PERSON || tail.type().isOrganization())) {
            return tail;
        }
        String surface = ctx.text().substring(begin, end).strip();
        boolean oneWordPerson = type == EntityType.PERSON && !surface.contains(" ");
        return surface.isEmpty() || oneWordPerson ? null : new Mention(begin, begin + surface.length(), surface,
                Keys.slug(surface),
                type, null, null, false);
    }

    /** "Foo Ventures" when the known name "Foo" is followed by an investment-arm word. */
    private static Mention withArm(SentenceContext ctx, Mention m) {
        Matcher arm = ARM.matcher(ctx.text()).region(m.end(), ctx.sentence().end());
        if (!arm.find()) {
            return m;
        }
        String surface = ctx.text().substring(m.begin(), arm.end());
        return new Mention(m.begin(), arm.end(), surface, Keys.slug(surface), EntityType.ORGANIZATION, null, null, false);
    }

    /** The name cut before any known mention starting inside it. */
    private static int firstMentionInside(SentenceContext ctx, int begin, int end) {
        for (Mention m : ctx.mentions()) {
            if (m.begin() > begin && m.begin() < end) {
                return m.begin();
            }
        }
        return end;
    }
}
