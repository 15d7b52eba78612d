package org.newsgraph.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One article ready for analysis.
 *
 * @param id stable identifier, used in the document IRI: letters, digits, '_', '-', '.' only
 *     (for a file, its name without extension; for a JSONL line, its {@code id} field)
 * @param source where it came from (file path, or path#line for JSONL), for messages
 * @param text the article text exactly as analysed; all offsets point into this string
 * @param metadata title, url, publisher and publication date when known
 */
public record Document(String id, String source, String text, DocumentMetadata metadata) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid document id: " + id);
        }
    }

    /** Words in the text, counted as runs of letters or digits (what {@code ng:wordCount} holds). */
    public long wordCount() {
        return countWords(text);
    }

    /** Runs of letters or digits in {@code text}. */
    public static long countWords(String text) {
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
