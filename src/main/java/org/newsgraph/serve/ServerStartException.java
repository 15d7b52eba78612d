package org.newsgraph.serve;

/** The SPARQL server could not start (for example, the port is taken); the message is one line. */
public class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A start failure with a one-line message and its cause. */
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
