package org.newsgraph.bench;

import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.Document;

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
        return Document.countWords(text);
    }
}
