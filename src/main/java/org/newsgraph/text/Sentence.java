package org.newsgraph.text;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a document: its position among the document's sentences, its character span
 * in the document text (end exclusive), its text, and its tokens (spans also in document text).
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0 || begin < 0 || end < begin || text.length() != end - begin) {
            throw new IllegalArgumentException("bad sentence span " + begin + ".." + end);
        }
        for (Token t : tokens) {
            if (t.begin() < begin || t.end() > end) {
                throw new IllegalArgumentException("token outside its sentence: " + t);
            }
        }
    }

    /** The text between two document offsets that lie inside this sentence. */
    public String slice(int from, int to) {
        return text.substring(from - begin, to - begin);
    }
}
