package org.newsgraph.mention;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.WordLists;

/**
 * Named tiers of a model version ("Foo 4 Maverick", "Foo 4 Scout"): a capitalised word right
 * after a version's name is a variant of it when the document writes the two together at least
 * twice; once is too weak ("Foo 4 Today", a headline word). Sentence, calendar and headline words
 * and company suffixes are never tiers. In: the document text, a model mention and the sentence
 * end; out: the mention read with its tier, or itself.
 */
final class NamedTiers {
    private static final Pattern TIER = Pattern.compile("\\G (\\p{Lu}\\p{Ll}{2,})(?![\\p{L}\\d-])");
    private static final Set<String> NOT_TIERS = WordLists.union("not-name-start", "calendar-words", "headline-words",
            "not-model-families");

    private NamedTiers() { }

    static Mention extend(String text, Mention m, int limit) {
        if (m.type() != EntityType.MODEL || !m.isVersion()) {
            return m;
        }
        Matcher t = TIER.matcher(text).region(m.end(), limit);
        if (!t.find() || NOT_TIERS.contains(t.group(1)) || OrganizationCues.COMPANY_SUFFIX.contains(t.group(1))
                || OrganizationCues.UNIT_SUFFIX.contains(t.group(1))) {
            return m;
        }
        String named = m.surface() + " " + t.group(1);
        int first = text.indexOf(named);
        boolean repeated = first >= 0 && text.indexOf(named, first + named.length()) >= 0;
        return repeated ? m.withVariant(t.end(), text, Keys.slug(t.group(1))) : m;
    }
}
