package org.newsgraph.ingest;

/**
 * Thrown by a {@link DocumentReader} when a whole input is unusable. In: a one-line reason such as
 * {@code "binary content"}. Out: {@link DocumentSource} turns it into exactly one rejection naming
 * the file.
 */
public final class InputRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An input rejected for {@code reason} (one line, shown to users). */
    public InputRejectedException(String reason) {
        super(reason, null, false, false);
    }

    /** The one-line reason. */
    public String reason() {
        return getMessage();
    }
}
