package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;

/**
 * Leaderboards that are not in the catalog: capitalised words before a leaderboard noun ("Arena
 * Pulse text-to-video leaderboard", "SuperCLUE-Video leaderboard") and definite descriptions of a
 * single leaderboard ("the global video-generation leaderboard"), keyed by their describing words
 * without scope words ({@code video-generation-leaderboard}). Plural or quantified ones ("every
 * major leaderboard", "the public leaderboards") are not one leaderboard and are skipped. In: one
 * sentence; out: candidate leaderboard mentions.
 */
final class LeaderboardCues {
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])((?:\\p{Lu}[\\p{L}\\d-]*[\\p{L}\\d]\\s){1,3}"
            + "(?:[a-z]+(?:-[a-z]+)*\\s)?(?:leaderboard|Leaderboard|Arena|arena|Index|benchmark))\\b(?!s)");
    private static final Pattern DESCRIBED = Pattern.compile("\\bthe\\s+((?:[a-z][a-z-]*\\s+){1,4})leaderboard\\b(?!s)");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");
    private static final Set<String> SCOPE_WORDS = Set.of("global", "public", "main", "overall", "official",
            "major", "popular", "widely", "closely", "watched", "latest", "current", "new", "weekly",
            "monthly", "same", "own", "industry", "closely-watched", "widely-watched", "respected", "influential");
    private static final Set<String> NOT_DESCRIPTIVE = Set.of("of", "on", "in", "at", "for", "with", "by",
            "that", "which", "and", "or", "every", "each", "its", "their", "top", "a", "an", "the");

    private LeaderboardCues() { }

    static void find(String text, Sentence s, List<Mention> out) {
        String t = s.text();
        if (!t.contains("eaderboard") && !t.contains("rena") && !t.contains("Index") && !t.contains("benchmark")) {
            return;
        }
        Matcher m = NAMED.matcher(text);
        int pos = s.begin();
        while (pos < s.end() && m.region(pos, s.end()).find()) {
            String first = m.group(1).substring(0, m.group(1).indexOf(' '));
            if (NameWords.NOT_NAME_START.contains(first) || NameWords.CALENDAR_WORDS.contains(first)) {
                pos = m.start(1) + first.length();
                continue;
            }
            out.add(new Mention(m.start(1), m.end(1), m.group(1), Keys.slug(m.group(1)),
                    EntityType.LEADERBOARD, null, null, false));
            pos = m.end();
        }
        described(text, s, out);
    }

    private static void described(String text, Sentence s, List<Mention> out) {
        Matcher m = DESCRIBED.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            int begin = descriptionStart(text, m.start(1), m.end(1));
            if (begin >= 0) {
                String surface = text.substring(begin, m.end());
                out.add(new Mention(begin, m.end(), surface, Keys.slug(surface), EntityType.LEADERBOARD,
                        null, null, false));
            }
        }
    }

    /** Where the describing words start after scope words; -1 when none describes or one is not descriptive. */
    private static int descriptionStart(String text, int from, int to) {
        Matcher w = WORD.matcher(text).region(from, to);
        int begin = -1;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (NOT_DESCRIPTIVE.contains(word)) {
                return -1;
            }
            if (begin < 0 && !SCOPE_WORDS.contains(word)) {
                begin = w.start();
            }
        }
        return begin;
    }
}
