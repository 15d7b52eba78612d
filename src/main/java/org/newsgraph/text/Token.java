package org.newsgraph.text;

import java.util.Objects;

/**
 * One token: its character span in the document text (Java {@code char} offsets, end exclusive),
 * its text and its part-of-speech tag (Penn Treebank, e.g. NNP, VBD; "" when not tagged).
 */
public record Token(int begin, int end, String text, String pos) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad token span " + begin + ".." + end);
        }
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("token text does not match its span: " + text);
        }
    }

    /** Whether the token starts with an upper-case letter or is a CJK/other-script word. */
    public boolean isCapitalised() {
        int c = text.codePointAt(0);
        return Character.isUpperCase(c) || Character.isIdeographic(c);
    }
}
