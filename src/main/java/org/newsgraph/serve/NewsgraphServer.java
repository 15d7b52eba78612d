package org.newsgraph.serve;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL server over a store: embedded Fuseki with the read-only dataset {@code /newsgraph}
 * (query at {@code /newsgraph/sparql} and {@code /newsgraph/query}, graph store reads at
 * {@code /newsgraph/get}, VoID at {@code /newsgraph/void}, service description at
 * {@code /newsgraph/service-description} and on a GET of {@code /newsgraph/sparql} without a query),
 * entity pages at {@code /id/KEY}, the ontology at {@code /ontology}, {@code /$/ping},
 * {@code /$/stats}, {@code /$/metrics}, CORS ({@link CorsPolicy}) and the Fuseki UI at {@code /}
 * with our example queries and prefixes ({@link UiTailoring}). Writes exist only when asked for,
 * under {@value #ADMIN_DATASET} behind HTTP basic authentication. Queries are cut off after the
 * query timeout and at the row cap, which a cut result reports ({@link RowCap}); large request
 * bodies are refused. In: a {@link ServerBuilder}; out: a running server until {@link #stop()}.
 */
public final class NewsgraphServer {
    /** The dataset name in URLs. */
    public static final String DATASET = "/newsgraph";
    /** The protected dataset with the write endpoints (only with {@link ServerBuilder#allowUpdates}). */
    public static final String ADMIN_DATASET = "/newsgraph-admin";

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

    /** A builder with the safe defaults (see {@link ServerBuilder}). */
    public static ServerBuilder builder() {
        return new ServerBuilder();
    }

    /** Assembles a server over {@code dataset} with checked {@code settings}. */
    static NewsgraphServer assemble(DatasetGraph dataset, ServerSettings settings) {
        FusekiAssembly.Assembled assembled = FusekiAssembly.assemble(dataset, settings);
        return new NewsgraphServer(assembled.server(), settings.host(), settings.port(), assembled.uiProblem());
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
}
