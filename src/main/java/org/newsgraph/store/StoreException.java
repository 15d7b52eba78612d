package org.newsgraph.store;

/**
 * A store operation failed (store locked by another process, missing, unreadable, bad query,
 * unreadable shapes file). The message is always one line, fit to show to a user as is.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message (line breaks are folded into spaces). */
    public StoreException(String message) {
        super(oneLine(message));
    }

    /** An error with a one-line message and the underlying cause (kept for debugging, not shown). */
    public StoreException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Folds any line breaks and runs of blanks in {@code text} into single spaces. */
    static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "unknown store error";
        }
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
