package org.newsgraph.mention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;

/**
 * A company's product named by a single capitalised word after the company's possessive: "Foo's
 * Bar assistant", "Foo's Bar, Baz's Qux" (an organization's one-word name that no other rule
 * claimed is, in news, nearly always something it makes). Not read: two capitalised words in a
 * row (a person or a unit), all-capital words (units and acronyms), sentence and calendar words.
 * In: the sentence and the mentions chosen for it; out: product mentions added to them.
 */
final class PossessedNames {
    private static final Pattern AFTER = Pattern.compile("\\G(?:'s|’s)\\s+(\\p{Lu}\\p{Ll}[\\p{L}\\d]*)(?![\\p{L}\\d.-]|\\s+\\p{Lu}"
            + "|\\s+\\d)");

    private PossessedNames() { }

    static void add(String text, Sentence s, List<Mention> chosen) {
        for (Mention owner : List.copyOf(chosen)) {
            if (!owner.type().isOrganization()) {
                continue;
            }
            Matcher m = AFTER.matcher(text).region(owner.end(), s.end());
            if (m.find() && free(chosen, m.start(1), m.end(1)) && !NameWords.NOT_NAME_START.contains(m.group(1))
                    && !NameWords.CALENDAR_WORDS.contains(m.group(1)) && !OrganizationCues.UNIT_SUFFIX.contains(m.group(1))) {
                chosen.add(new Mention(m.start(1), m.end(1), m.group(1), Keys.slug(m.group(1)), EntityType.PRODUCT,
                        null, null, false));
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    }

    private static boolean free(List<Mention> chosen, int begin, int end) {
        return chosen.stream().noneMatch(c -> c.begin() < end && begin < c.end());
    }
}
