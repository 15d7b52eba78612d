package org.newsgraph.extract;

import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Whether an organization's name only modifies the noun after it ("The Foo rival", "the
 * Bar Capital-led raise", list {@code name-modifier-words}), so that the sentence is not about
 * that organization. In: the document text and a mention; out: true or false.
 */
final class NameModifiers {
    private static final Pattern MODIFIED = Pattern.compile("^\\s?(?:" + WordLists.alternation("name-modifier-words")
            + ")(?![\\p{L}-])");

    private NameModifiers() { }

    static boolean modifies(String text, Mention m) {
        int end = Math.min(text.length(), m.end() + 40);
        String after = text.substring(m.end(), end);
        return MODIFIED.matcher(after).find();
    }
}
