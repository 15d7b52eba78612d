package org.newsgraph.rdf;

/**
 * Converts Java {@code char} offsets into Unicode code point offsets (what {@code nif:beginIndex}
 * counts). Cheap when the text has no surrogate pairs.
 */
final class Offsets {
    private final String text;
    private final boolean bmpOnly;

    Offsets(String text) {
        this.text = text;
        this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
    }

    /** The code point index of a char index. */
    int codePoint(int charIndex) {
        return bmpOnly ? charIndex : text.codePointCount(0, charIndex);
    }
}
