package org.newsgraph.bench;

import java.util.List;
import java.util.Objects;

/**
 * One synthetic article and the facts it states.
 *
 * @param id document id ({@code gen-0000123})
 * @param title the headline (also the first line of the text)
 * @param text the article text
 * @param gold the facts the text states, as gold lines ({@code subject TAB property TAB value TAB status})
 */
public record GeneratedArticle(String id, String title, String text, List<String> gold) {

    public GeneratedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }

    /** Words in the text (runs of letters or digits). */
    public long words() {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
