package org.newsgraph.report;

import java.util.Objects;

/**
 * One problem found while reading or processing an input: where it happened and why.
 *
 * @param source the file or document the problem belongs to (never null)
 * @param reason one human-readable line saying what is wrong (never blank)
 * @param offset character offset in the document text, or -1 when the whole input is concerned
 * @param severity whether the input was rejected or only partly processed
 */
public record Problem(String source, String reason, long offset, Severity severity) {

    /** How bad a problem is: a rejected input is not stored at all; a warning keeps it. */
    public enum Severity { REJECTED, WARNING }

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a problem needs a reason");
        }
        if (reason.indexOf('\n') >= 0 || reason.indexOf('\r') >= 0) {
            reason = reason.replaceAll("[\\r\\n]+", " ");
        }
        if (offset < -1) {
            throw new IllegalArgumentException("offset must be -1 or a position: " + offset);
        }
    }

    /** A problem that made the whole input unusable. */
    public static Problem rejected(String source, String reason) {
        return new Problem(source, reason, -1, Severity.REJECTED);
    }

    /** A problem at one place of a document that was otherwise processed. */
    public static Problem warning(String source, long offset, String reason) {
        return new Problem(source, reason, offset, Severity.WARNING);
    }

    /** The one line shown to users, e.g. {@code seeds/x.bin: rejected: binary content}. */
    public String line() {
        String where = offset >= 0 ? source + "@" + offset : source;
        return where + ": " + (severity == Severity.REJECTED ? "rejected: " : "warning: ") + reason;
    }
}
