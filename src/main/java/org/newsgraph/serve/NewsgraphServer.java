package org.newsgraph.serve;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphStore;

/**
 * The read-only SPARQL server over a store: embedded Fuseki with the dataset {@code /newsgraph}
 * (query at {@code /newsgraph/sparql} and {@code /newsgraph/query}, graph store reads at
 * {@code /newsgraph/get}), {@code /$/ping}, CORS and the Fuseki UI at {@code /}. No update
 * endpoint exists. Results follow content negotiation (JSON, XML, CSV, TSV). Queries are cut
 * off after the query timeout. In: a {@link Builder}; out: a running server until {@link #stop()}.
 */
public final class NewsgraphServer {
    /** The dataset name in URLs. */
    public static final String DATASET = "/newsgraph";

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private final String uiProblem;
    private boolean started;
    private boolean stopped;

    private NewsgraphServer(FusekiServer fuseki, String host, int requestedPort, String uiProblem) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
        this.uiProblem = uiProblem;
    }

    /** A builder with the defaults: host 127.0.0.1, port 3030, query timeout 30 s, UI on. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @throws ServerStartException if the server cannot listen (port taken, unknown host)
     */
    public synchronized NewsgraphServer start() {
        if (started) {
            throw new IllegalStateException("server already started");
        }
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw ServerStartException.cannotListen(host, requestedPort, e);
        }
        started = true;
        return this;
    }

    /** The port the server listens on (the actual one when built with port 0); needs {@link #start()}. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The host name or address the server listens on. */
    public String host() {
        return host;
    }

    /** The socket addresses the server is bound to (for checks and tests). */
    List<InetSocketAddress> boundAddresses() {
        return FusekiAssembly.boundAddresses(fuseki);
    }

    /** Whether the Fuseki UI is served at {@code /}. */
    public boolean uiEnabled() {
        return uiProblem == null;
    }

    /** Why the UI is not served (one line), or empty when it is. */
    public Optional<String> uiProblem() {
        return Optional.ofNullable(uiProblem);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + hostPart + ":" + port();
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/newsgraph/sparql}. */
    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Stops the server (the store stays open; its owner closes it). Stopping twice is harmless. */
    public synchronized void stop() {
        if (started && !stopped) {
            fuseki.stop();
        }
        stopped = true;
    }

    /**
     * Collects the server settings; {@link #build()} checks them. Exactly one of {@link #store}
     * and {@link #datasetGraph} must be given. The query timeout is set in the dataset's context.
     */
    public static final class Builder {
        private GraphStore store;
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private Path runDirectory;
        private boolean ui = true;

        private Builder() {
        }

        /** Serve this store. */
        public Builder store(GraphStore graphStore) {
            this.store = graphStore;
            return this;
        }

        /** Serve this dataset (which must support transactions). */
        public Builder datasetGraph(DatasetGraph datasetGraph) {
            this.dataset = datasetGraph;
            return this;
        }

        /** The host name or address to listen on (default 127.0.0.1; 0.0.0.0 for all). */
        public Builder host(String hostName) {
            this.host = hostName;
            return this;
        }

        /** The port (default 3030; 0 picks a free one). */
        public Builder port(int portNumber) {
            this.port = portNumber;
            return this;
        }

        /** How long one query may run overall (default 30 s). */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            return this;
        }

        /** The folder for Fuseki's own files, needed by the UI (default: a new temporary folder). */
        public Builder runDirectory(Path folder) {
            this.runDirectory = folder;
            return this;
        }

        /** Whether to serve the Fuseki UI at {@code /} (default true; off if its files are missing). */
        public Builder ui(boolean enabled) {
            this.ui = enabled;
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
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
            }
            return assemble(store != null ? store.datasetGraph() : dataset);
        }

        private NewsgraphServer assemble(DatasetGraph served) {
            FusekiAssembly.Assembled assembled = FusekiAssembly.assemble(served, host.strip(), port, queryTimeout,
                    ui ? runDirectory : null, ui);
            return new NewsgraphServer(assembled.server(), host.strip(), port, assembled.uiProblem());
        }
    }
}
