package org.newsgraph.mention;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a version written right after a model family name: {@code Foo-1.0}, {@code Foo Bar 1.0},
 * {@code Foo 3}, {@code Foo-V4}, {@code Foo Q1}, {@code Foo-o3} (a letter and a number, kept in lower case;
 * a lower-case letter only after a hyphen).
 * Numbers that measure something ({@code 3 percent}, {@code 2 million}) or look like years are
 * not versions.
 */
final class VersionSuffix {
    private static final Pattern VERSION = Pattern.compile(
            "\\G[- ](?:v?(\\d{1,2}(?:\\.\\d{1,2}){0,2}(?:(?![bkmpsx])[a-z])?)|([A-Z]\\d{1,2}|(?<=-)[a-z]\\d{1,2}))"
                    + "(?![\\d\\p{L}%]|[.,]\\d)");
    private static final Pattern CODE = Pattern.compile("\\G[- ]((?![QH])[A-Z]\\d{1,2}(?:\\.\\d)?)(?![\\p{L}\\d]|[.,]\\d)");
    private static final Pattern MEASURE_AFTER = Pattern.compile(
            "\\G\\s+(?:percent|per cent|million|billion|thousand|times|points|seconds|minutes|hours"
                    + "|days|weeks|months|years|%)\\b");

    private VersionSuffix() { }

    /** The version written at {@code at}, and where it ends; null when there is none. */
    static Found at(String text, int at, int limit) {
        Matcher m = VERSION.matcher(text).region(at, limit);
        if (!m.find()) {
            return null;
        }
        Matcher measure = MEASURE_AFTER.matcher(text).region(m.end(), limit);
        if (measure.find()) {
            return null;
        }
        String version = m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(Locale.ROOT);
        return new Found(version, m.end());
    }

    /**
     * A model code written right after a company's name ("Foo R1", "Foo-V3"), kept in lower case;
     * quarters and halves ("Q3", "H1") are not codes. Null when there is none.
     */
    static Found codeAt(String text, int at, int limit) {
        Matcher m = CODE.matcher(text).region(at, limit);
        return m.find() ? new Found(m.group(1).toLowerCase(Locale.ROOT), m.end()) : null;
    }

    /** A version number and the offset just after it. */
    record Found(String version, int end) { }
}
