package org.newsgraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checked settings of a {@link NewsgraphServer}.
 *
 * @param host the host name or address to listen on
 * @param port the port, 0 for any free one
 * @param queryTimeout how long one query may run overall
 * @param maxResults the most rows (solutions) one query may return
 * @param maxConcurrentQueries the most requests to the dataset run at once; others wait in order
 * @param maxRequestBytes the largest request body accepted (larger ones get 413)
 * @param runDirectory Fuseki's own folder for the UI, or null for a temporary one
 * @param ui whether to serve the Fuseki UI at {@code /}
 * @param passwordFile the users allowed to write (Jetty format {@code user: password}), or null
 *     for a server without any write endpoint
 * @param corsOrigin the one origin (e.g. {@code https://notebook.example}) that browsers may call
 *     with credentials, or null for any origin without credentials
 * @param exampleQueries the folder of {@code *.rq} files the UI offers as examples, or null for none
 */
record ServerSettings(String host, int port, Duration queryTimeout, long maxResults, int maxConcurrentQueries,
                      long maxRequestBytes,
                      Path runDirectory, boolean ui, Path passwordFile, String corsOrigin, Path exampleQueries) {

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        host = host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (maxResults <= 0) {
            throw new IllegalArgumentException("max results must be positive: " + maxResults);
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("max concurrent queries must be positive: " + maxConcurrentQueries);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("max request size must be positive: " + maxRequestBytes);
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new IllegalArgumentException("cannot read the password file " + passwordFile);
        }
        if (corsOrigin != null && !isOrigin(corsOrigin)) {
            throw new IllegalArgumentException("the CORS origin must be scheme://host[:port], without a path: "
                    + corsOrigin);
        }
    }

    /** Whether {@code text} is a web origin: {@code http} or {@code https}, a host, an optional port, no path. */
    static boolean isOrigin(String text) {
        return ORIGIN.matcher(text).matches();
    }

    /** Whether the protected write endpoints exist. */
    boolean updatesAllowed() {
        return passwordFile != null;
    }
}
