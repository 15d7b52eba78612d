package org.newsgraph.serve;

/** The SPARQL server could not start (for example, the port is taken); the message is one line. */
public class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A start failure with a one-line message and its cause. */
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The server could not listen on {@code host:port}; the message names the root cause. */
    static ServerStartException cannotListen(String host, int port, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = String.valueOf(root.getMessage()).replaceAll("[\\r\\n]+", " ");
        return new ServerStartException("cannot listen on " + host + ":" + port + ": " + reason, cause);
    }
}
