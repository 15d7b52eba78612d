package org.newsgraph.text;

import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.Document;

/** A document split into sentences and tokens, in reading order. */
public record AnalyzedDocument(Document document, List<Sentence> sentences) {

    public AnalyzedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        int last = 0;
        for (Sentence s : sentences) {
            if (s.begin() < last || s.end() > document.text().length()) {
                throw new IllegalArgumentException("sentences out of order or outside the text");
            }
            last = s.end();
        }
    }

    /** The full text, shorthand for {@code document().text()}. */
    public String text() {
        return document.text();
    }
}
