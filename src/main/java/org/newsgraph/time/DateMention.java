package org.newsgraph.time;

import java.util.Objects;

/**
 * A date expression found in the text: its character span in the document (end exclusive),
 * the words themselves and the value they denote after normalisation.
 */
public record DateMention(int begin, int end, String surface, TemporalValue value) {

    public DateMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(value, "value");
        if (begin < 0 || end <= begin || surface.length() != end - begin) {
            throw new IllegalArgumentException("bad date span " + begin + ".." + end);
        }
    }
}
