package org.newsgraph.serve;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphStore;

/**
 * Collects the settings of a {@link NewsgraphServer}; {@link #build()} checks them. Exactly one
 * of {@link #store} and {@link #datasetGraph} must be given. Defaults are the safe ones: host
 * 127.0.0.1, port 3030, query timeout 30 s, at most 10,000 result rows, request bodies up to
 * 1 MiB, UI on, CORS for any origin without credentials, and no write endpoint.
 */
public final class ServerBuilder {
    /** The default cap on result rows. */
    public static final long DEFAULT_MAX_RESULTS = 10_000;
    /** The default cap on request bodies, in bytes. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    private GraphStore store;
    private DatasetGraph dataset;
    private String host = "127.0.0.1";
    private int port = 3030;
    private Duration queryTimeout = Duration.ofSeconds(30);
    private long maxResults = DEFAULT_MAX_RESULTS;
    private int maxConcurrentQueries = Runtime.getRuntime().availableProcessors();
    private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private Path runDirectory;
    private boolean ui = true;
    private Path passwordFile;
    private String corsOrigin;
    private Path exampleQueries;

    ServerBuilder() {
    }

    /** Serve this store. */
    public ServerBuilder store(GraphStore graphStore) {
        this.store = graphStore;
        return this;
    }

    /** Serve this dataset (which must support transactions). */
    public ServerBuilder datasetGraph(DatasetGraph datasetGraph) {
        this.dataset = datasetGraph;
        return this;
    }

    /** The host name or address to listen on (default 127.0.0.1; 0.0.0.0 for all). */
    public ServerBuilder host(String hostName) {
        this.host = hostName;
        return this;
    }

    /** The port (default 3030; 0 picks a free one). */
    public ServerBuilder port(int portNumber) {
        this.port = portNumber;
        return this;
    }

    /** How long one query may run overall (default 30 s). */
    public ServerBuilder queryTimeout(Duration timeout) {
        this.queryTimeout = timeout;
        return this;
    }

    /** The most rows one query returns; longer results are cut (default {@value #DEFAULT_MAX_RESULTS}). */
    public ServerBuilder maxResults(long rows) {
        this.maxResults = rows;
        return this;
    }

    /**
     * The most requests to the dataset that run at once (default: one per core); the others wait
     * in arrival order, up to twice the query timeout, then get 503.
     */
    public ServerBuilder maxConcurrentQueries(int count) {
        this.maxConcurrentQueries = count;
        return this;
    }

    /** The largest request body accepted, in bytes; larger requests get 413 (default 1 MiB). */
    public ServerBuilder maxRequestBytes(long bytes) {
        this.maxRequestBytes = bytes;
        return this;
    }

    /** The folder for Fuseki's own files, needed by the UI (default: a new temporary folder). */
    public ServerBuilder runDirectory(Path folder) {
        this.runDirectory = folder;
        return this;
    }

    /** Whether to serve the Fuseki UI at {@code /} (default true; off if its files are missing). */
    public ServerBuilder ui(boolean enabled) {
        this.ui = enabled;
        return this;
    }

    /**
     * Adds the protected write endpoints under {@value NewsgraphServer#ADMIN_DATASET}, open to the
     * users in {@code file} (Jetty format, one {@code user: password} per line) with HTTP basic
     * authentication. Without this call the server has no write endpoint at all.
     */
    public ServerBuilder allowUpdates(Path file) {
        this.passwordFile = file;
        return this;
    }

    /**
     * Lets browser pages on {@code origin} (e.g. {@code https://notebook.example}) call the server
     * with credentials; other origins get no CORS headers. Without this call (or with null) any
     * origin may read, without credentials.
     */
    public ServerBuilder corsOrigin(String origin) {
        this.corsOrigin = origin;
        return this;
    }

    /** Whether {@code text} is accepted by {@link #corsOrigin}: {@code http(s)://host[:port]}, no path. */
    public static boolean isOrigin(String text) {
        return text != null && ServerSettings.isOrigin(text);
    }

    /** The folder whose {@code *.rq} files the UI's query editor offers as examples (default: none). */
    public ServerBuilder exampleQueries(Path folder) {
        this.exampleQueries = folder;
        return this;
    }

    /**
     * Checks the settings and assembles the server (not started).
     *
     * @throws IllegalArgumentException if a setting is missing or out of range
     */
    public NewsgraphServer build() {
        if ((store == null) == (dataset == null)) {
            throw new IllegalArgumentException("give exactly one of store and datasetGraph");
        }
        ServerSettings settings = new ServerSettings(host, port, queryTimeout, maxResults, maxConcurrentQueries, maxRequestBytes,
                ui ? runDirectory : null, ui, passwordFile, corsOrigin, exampleQueries);
        return NewsgraphServer.assemble(store != null ? store.datasetGraph() : dataset, settings);
    }
}
