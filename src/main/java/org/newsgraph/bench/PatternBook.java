package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence patterns the synthetic corpus is made of, read from {@code patterns.tsv} beside
 * this class: headlines, lead and fact sentences with slots and the gold lines they state, filler
 * sentences, and the word lists names are made from. In: the resource; out: lists by kind.
 */
final class PatternBook {

    /** One pattern: its text with {@code {SLOT}}s and the gold lines it states (may be empty). */
    record Pattern(String text, List<String> gold) {
        Pattern {
            gold = List.copyOf(gold);
        }
    }

    private final Map<String, List<Pattern>> byKind;

    private PatternBook(Map<String, List<Pattern>> byKind) {
        this.byKind = byKind;
    }

    /** The patterns shipped with newsgraph. */
    static PatternBook standard() {
        try (InputStream in = PatternBook.class.getResourceAsStream("patterns.tsv")) {
            if (in == null) {
                throw new IllegalStateException("patterns.tsv is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read patterns.tsv", e);
        }
    }

    /** Patterns from lines {@code kind TAB text [TAB gold | gold ...]}; '#' lines are comments. */
    static PatternBook parse(List<String> lines) {
        Map<String, List<Pattern>> byKind = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            List<String> gold = new ArrayList<>();
            if (parts.length == 3) {
                for (String g : parts[2].split(" \\| ")) {
                    gold.add(g.strip());
                }
            }
            byKind.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Pattern(parts[1], gold));
        }
        return new PatternBook(byKind);
    }

    /** The patterns of one kind ({@code headline}, {@code lead}, {@code fact}, {@code filler}...). */
    List<Pattern> of(String kind) {
        List<Pattern> patterns = byKind.get(kind);
        if (patterns == null || patterns.isEmpty()) {
            throw new IllegalStateException("no patterns of kind " + kind);
        }
        return patterns;
    }

    /** The texts of one kind (word lists). */
    List<String> words(String kind) {
        return of(kind).stream().map(Pattern::text).toList();
    }
}
