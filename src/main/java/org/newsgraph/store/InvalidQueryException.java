package org.newsgraph.store;

/** The SPARQL text given to {@link QueryRunner} does not parse; the message says where and why. */
public class InvalidQueryException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** A parse error with a one-line message. */
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
