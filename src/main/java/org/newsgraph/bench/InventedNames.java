package org.newsgraph.bench;

import java.util.List;
import java.util.Random;

/**
 * Invented names for the synthetic corpus, a pure function of (seed, kind, index), so that entity
 * number 17 has the same name in every article and every corpus size. Names are built from
 * syllables and carry the cues the extractor knows ("... Labs", "... Holdings", "Name 2.5"), so
 * no catalog entry is needed. In: a seed and the first/last name lists; out: names.
 */
final class InventedNames {
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s",
        "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr", "vel", "qu"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io"};
    private static final String[] CODAS = {"", "n", "r", "x", "l", "s", "m", "nd"};
    private static final String[] COMPANY_SUFFIXES = {"Labs", "Technologies", "Group"};
    private static final String[] UNIT_NAMES = {"Research Division", "Vision Team", "Media Lab"};

    private final long seed;
    private final List<String> firstNames;
    private final List<String> lastNames;

    InventedNames(long seed, List<String> firstNames, List<String> lastNames) {
        this.seed = seed;
        this.firstNames = List.copyOf(firstNames);
        this.lastNames = List.copyOf(lastNames);
    }

    /** A capitalised invented word, e.g. "Travio". */
    String word(String kind, int index) {
        Random r = random(kind, index);
        StringBuilder w = new StringBuilder();
        int syllables = 2 + r.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            w.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
        }
        w.append(CODAS[r.nextInt(CODAS.length)]);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Company number {@code index}: "Travio Labs". */
    String company(int index) {
        return word("company", index) + " " + COMPANY_SUFFIXES[random("suffix", index).nextInt(COMPANY_SUFFIXES.length)];
    }

    /** The parent of company {@code index}: "Morando Holdings". */
    String holding(int index) {
        return word("holding", index / 4) + " Holdings";
    }

    /** A unit of company {@code index}: "Travio Research Division". */
    String unit(int index) {
        return word("company", index) + " " + UNIT_NAMES[random("unit", index).nextInt(UNIT_NAMES.length)];
    }

    /** A person: "Maya Ortiz". */
    String person(int index) {
        Random r = random("person", index);
        return firstNames.get(r.nextInt(firstNames.size())) + " " + lastNames.get(r.nextInt(lastNames.size()));
    }

    /** A leaderboard: "Quenda Pulse text-to-video leaderboard". */
    String leaderboard(int index) {
        return word("board", index) + " " + word("board2", index) + " text-to-video leaderboard";
    }

    private Random random(String kind, int index) {
        return new Random(seed * 0x9E3779B97F4A7C15L + kind.hashCode() * 1_000_003L + index);
    }
}
