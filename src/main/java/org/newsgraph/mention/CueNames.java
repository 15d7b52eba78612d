package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;

/**
 * Finds names that are not in the catalog from English cues: organizations
 * ({@link OrganizationCues}), people ({@link PersonCues}), models ({@link ModelCues}),
 * leaderboards ({@link LeaderboardCues}) and products ({@link ProductCues}). In: one sentence.
 * Out: candidate mentions (they may overlap catalog matches and each other; the caller decides).
 * An organization's name is read without a place adjective before it ("Beijing-based Foo AI" is
 * "Foo AI"; list {@code place-adjective-endings}).
 */
final class CueNames {
    private static final Set<String> PLACE_ENDINGS = WordLists.set("place-adjective-endings");

    private CueNames() { }

    /** Candidate mentions of names found by cues in one sentence. */
    static List<Mention> find(String text, Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        OrganizationCues.find(text, sentence, out);
        PersonCues.find(text, sentence, out);
        ModelCues.find(text, sentence, out);
        LeaderboardCues.find(text, sentence, out);
        ProductCues.find(text, sentence, out);
        List<Mention> named = new ArrayList<>(out.size());
        for (Mention m : out) {
            Mention kept = withoutPlaceAdjective(m);
            if (kept != null) {
                named.add(kept);
            }
        }
        return named;
    }

    /** The organization read without a leading "Place-based"; null when nothing else is left. */
    private static Mention withoutPlaceAdjective(Mention m) {
        String first = NameWords.firstWordOf(m.surface());
        int hyphen = first.lastIndexOf('-');
        if (!m.type().isOrganization() || hyphen < 1 || !PLACE_ENDINGS.contains(first.substring(hyphen + 1))) {
            return m;
        }
        if (first.length() == m.surface().length()) {
            return null;
        }
        String rest = m.surface().substring(first.length() + 1);
        int begin = m.end() - rest.length();
        return new Mention(begin, m.end(), rest, Keys.slug(rest), m.type(), null, null, false);
    }
}
