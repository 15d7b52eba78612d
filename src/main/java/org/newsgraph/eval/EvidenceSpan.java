package org.newsgraph.eval;

/**
 * Where a gold fact is stated: code point offsets into the article text, end exclusive. In: the
 * fifth field of a gold line ({@code BEGIN-END}); out: the offsets, checked against a text.
 */
record EvidenceSpan(int begin, int end) {

    EvidenceSpan {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("evidence span " + begin + "-" + end + " is empty or negative");
        }
    }

    /** Parses {@code BEGIN-END}; throws with the reason if malformed. */
    static EvidenceSpan parse(String field) {
        String[] parts = field.strip().split("-");
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,9}")) {
            throw new IllegalArgumentException("evidence must be BEGIN-END code point offsets, found '" + field + "'");
        }
        return new EvidenceSpan(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Whether the span lies inside a text of {@code codePoints} code points. */
    boolean fitsIn(int codePoints) {
        return end <= codePoints;
    }

    @Override
    public String toString() {
        return begin + "-" + end;
    }
}
