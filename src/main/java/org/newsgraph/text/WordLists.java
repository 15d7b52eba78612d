package org.newsgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English word lists the rules are built from, one resource file per list under
 * {@code org/newsgraph/english/} on the classpath: one entry per line, {@code #} starts a comment,
 * blank lines are skipped. In: a list name; out: its entries in file order. A missing list is a
 * build fault and fails with an unchecked exception naming it.
 */
public final class WordLists {
    private static final String FOLDER = "org/newsgraph/english/";

    private WordLists() { }

    /** The entries of list {@code name} ({@code model-variants} reads {@code model-variants.txt}). */
    public static List<String> entries(String name) {
        String resource = FOLDER + name + ".txt";
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list not on the classpath: " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return List.copyOf(out);
    }

    /** The entries of list {@code name} as a set. */
    public static Set<String> set(String name) {
        return Set.copyOf(new LinkedHashSet<>(entries(name)));
    }

    /** The entries of every list named, as one set. */
    public static Set<String> union(String... names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            out.addAll(entries(name));
        }
        return Set.copyOf(out);
    }

    /** A regular-expression alternation of the list's entries, quoted, longest first. */
    public static String alternation(String name) {
        List<String> sorted = new ArrayList<>(entries(name));
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder out = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            out.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return out.append(')').toString();
    }
}
