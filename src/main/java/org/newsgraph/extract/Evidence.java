package org.newsgraph.extract;

/**
 * Where a claim is said: the sentence's index and the character span (Java {@code char} offsets
 * into the document text, end exclusive) of the words that state it.
 */
public record Evidence(int sentenceIndex, int begin, int end) {

    public Evidence {
        if (sentenceIndex < 0 || begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad evidence " + sentenceIndex + ":" + begin + ".." + end);
        }
    }
}
