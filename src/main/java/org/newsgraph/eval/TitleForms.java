package org.newsgraph.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.text.WordLists;

/**
 * Whether two job titles name the same role: equal ignoring case, hyphens and spacing, once the
 * abbreviations of the word list {@code title-abbreviations} are spelled out ("COO" and "chief
 * operating officer"). In: two titles; out: whether they are the same.
 */
final class TitleForms {
    private static final Map<String, String> CANONICAL = canonical();

    private TitleForms() { }

    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String title) {
        String t = normal(title);
        return CANONICAL.getOrDefault(t, t);
    }

    private static String normal(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
    }

    private static Map<String, String> canonical() {
        Map<String, String> out = new HashMap<>();
        for (String entry : WordLists.entries("title-abbreviations")) {
            String[] parts = entry.split("\\s*=\\s*");
            String abbreviation = normal(parts[0]);
            String canonical = out.getOrDefault(abbreviation, normal(parts[1]));
            out.put(abbreviation, canonical);
            out.put(normal(parts[1]), canonical);
        }
        return out;
    }
}
