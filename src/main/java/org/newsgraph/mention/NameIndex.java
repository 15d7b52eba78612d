package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds catalog names in text: a character trie over every name, matched case-sensitively at word
 * starts, longest match first, and only where the match ends at a word boundary. In: text and a
 * range. Out: {@link NameMatch}es in text order, never overlapping. Immutable, thread-safe.
 */
public final class NameIndex {

    /** One name found: document span and the key of the entity it names. */
    public record NameMatch(int begin, int end, String key) { }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String key;
    }

    private final Node root = new Node();

    private NameIndex() { }

    static NameIndex of(Collection<CatalogEntry> entries) {
        NameIndex index = new NameIndex();
        for (CatalogEntry e : entries) {
            for (EntityName n : e.names()) {
                index.add(n.text(), e.key());
            }
        }
        return index;
    }

    private void add(String name, String key) {
        Node node = root;
        for (int i = 0; i < name.length(); i++) {
            node = node.next.computeIfAbsent(name.charAt(i), c -> new Node());
        }
        if (node.key == null) {
            node.key = key;
        }
    }

    /** The key of the entity with exactly this name, or null. */
    public String keyOf(String name) {
        Node node = root;
        for (int i = 0; i < name.length() && node != null; i++) {
            node = node.next.get(name.charAt(i));
        }
        return node == null ? null : node.key;
    }

    /** All names in {@code text[from, to)}, leftmost-longest, non-overlapping. */
    public List<NameMatch> find(String text, int from, int to) {
        List<NameMatch> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (isWordStart(text, i)) {
                NameMatch m = longestAt(text, i, to);
                if (m != null) {
                    out.add(m);
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private NameMatch longestAt(String text, int start, int to) {
        Node node = root;
        NameMatch best = null;
        for (int i = start; i < to; i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.key != null && isWordEnd(text, i + 1)) {
                best = new NameMatch(start, i + 1, node.key);
            }
        }
        return best;
    }

    private static boolean isWordStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        char here = text.charAt(i);
        return !Character.isLetterOrDigit(prev) || Character.isIdeographic(here)
                || Character.isIdeographic(prev);
    }

    private static boolean isWordEnd(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char next = text.charAt(i);
        char last = text.charAt(i - 1);
        return !Character.isLetterOrDigit(next) || Character.isIdeographic(next)
                || Character.isIdeographic(last);
    }
}
