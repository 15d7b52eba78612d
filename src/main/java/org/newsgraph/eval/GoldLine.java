package org.newsgraph.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One fact of a gold file, or one extracted claim in the same form: subject key, property local
 * name, value and status, as written by {@link ClaimLines}. In: a tab-separated line; out: the
 * parsed fields. The status is one of stated, reported, planned, rumoured.
 */
public record GoldLine(String subject, String property, String value, String status) {
    private static final Set<String> STATUSES = Set.of("stated", "reported", "planned", "rumoured");

    public GoldLine {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        if (subject.isBlank() || property.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("empty field in gold line");
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown status: " + status);
        }
    }

    /**
     * Parses {@code subject TAB property TAB value TAB status}, with an optional fifth field (the
     * evidence offsets of real-article gold, read by {@link GoldFolder}); throws with the reason
     * if malformed.
     */
    public static GoldLine parse(String line) {
        String[] f = line.strip().split("\t");
        if (f.length != 4 && f.length != 5) {
            throw new IllegalArgumentException("expected 4 or 5 tab-separated fields, found " + f.length);
        }
        return new GoldLine(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip());
    }

    @Override
    public String toString() {
        return subject + "\t" + property + "\t" + value + "\t" + status;
    }
}
