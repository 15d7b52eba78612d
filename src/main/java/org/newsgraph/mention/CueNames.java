package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.text.Sentence;

/**
 * Finds names that are not in the catalog from English cues: organizations
 * ({@link OrganizationCues}), people ({@link PersonCues}), models ({@link ModelCues}),
 * leaderboards ({@link LeaderboardCues}) and products ({@link ProductCues}). In: one sentence.
 * Out: candidate mentions (they may overlap catalog matches and each other; the caller decides).
 */
final class CueNames {
    private CueNames() { }

    /** Candidate mentions of names found by cues in one sentence. */
    static List<Mention> find(String text, Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        OrganizationCues.find(text, sentence, out);
        PersonCues.find(text, sentence, out);
        ModelCues.find(text, sentence, out);
        LeaderboardCues.find(text, sentence, out);
        ProductCues.find(text, sentence, out);
        return out;
    }
}
