package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerBuilder;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the SPARQL server (read-only unless asked), until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph over SPARQL at http://HOST:PORT/newsgraph/sparql (read-only),",
                       "entity pages at /id/KEY, the ontology at /ontology, the Fuseki UI at /.",
                       "Builds from seeds/ first when the store is empty. Runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Host or address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 = all).")
    private String host;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest time one query may run (default: ${DEFAULT-VALUE}).")
    private long queryTimeoutSeconds;

    @Option(names = "--max-results", paramLabel = "ROWS", defaultValue = "10000",
            description = "Most result rows one query returns; longer results are cut (default: ${DEFAULT-VALUE}).")
    private long maxResults;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "Most requests to the dataset running at once; others wait in arrival order, "
                    + "up to twice the query timeout, then get 503 (default: one per core).")
    private Integer maxConcurrentQueries;

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxRequestBytes;

    @Option(names = "--allow-update",
            description = "Add write endpoints (SPARQL Update, graph store) under /newsgraph-admin, behind HTTP basic "
                    + "authentication; needs --password-file. The public dataset stays read-only.")
    private boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' per line (Jetty format).")
    private Path passwordFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let browser pages on this one origin (e.g. https://notebook.example) call the server with "
                    + "credentials (default: any origin may read, without credentials).")
    private String corsOrigin;

    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        GraphStore graphStore = GraphStore.open(store.folder());
        NewsgraphServer server;
        try {
            buildIfEmpty(graphStore);
            server = NewsgraphServer.builder().store(graphStore).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(queryTimeoutSeconds))
                    .maxResults(maxResults).maxRequestBytes(maxRequestBytes)
                    .maxConcurrentQueries(maxConcurrentQueries != null ? maxConcurrentQueries
                            : Runtime.getRuntime().availableProcessors())
                    .allowUpdates(allowUpdate ? passwordFile : null).corsOrigin(corsOrigin)
                    .exampleQueries(Home.folder().resolve("queries"))
                    .runDirectory(fusekiRunFolder(store.folder())).build().start();
        } catch (RuntimeException e) {
            graphStore.close();
            throw e;
        }
        announce(server, graphStore);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            graphStore.close();
            main.out().println("newsgraph: stopped");
            stopped.countDown();
        }, "newsgraph-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
        }
        if (queryTimeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--query-timeout must be positive");
        }
        if (maxResults <= 0 || maxRequestBytes <= 0 || (maxConcurrentQueries != null && maxConcurrentQueries <= 0)) {
            throw new ParameterException(spec.commandLine(),
                    "--max-results, --max-concurrent-queries and --max-request-size must be positive");
        }
        if (corsOrigin != null && !ServerBuilder.isOrigin(corsOrigin)) {
            throw new ParameterException(spec.commandLine(),
                    "--cors-origin must be scheme://host[:port] without a path: " + corsOrigin);
        }
        if (allowUpdate != (passwordFile != null)) {
            throw new ParameterException(spec.commandLine(),
                    "--allow-update and --password-file FILE go together");
        }
    }

    private void buildIfEmpty(GraphStore graphStore) {
        if (!graphStore.hasGraphs()) {
            main.err().println("newsgraph: the store is empty; building from seeds/ first");
            new BuildRunner(main.out(), main.err(), false).build(List.of(Home.folder().resolve("seeds")), graphStore);
        }
    }

    private void announce(NewsgraphServer server, GraphStore graphStore) {
        server.uiProblem().ifPresent(reason ->
                main.err().println("newsgraph: serving without the Fuseki UI (" + reason + ")"));
        main.out().println("newsgraph: serving " + server.sparqlUrl() + " (" + graphStore.quadCount()
                + " quads, " + graphStore.documentCount() + " documents)");
        if (allowUpdate) {
            main.out().println("newsgraph: writes allowed at " + server.baseUrl() + NewsgraphServer.ADMIN_DATASET
                    + "/update and /data for the users in " + passwordFile);
        }
    }

    /** Fuseki's own files (configuration, templates) live beside the store, not in it. */
    static Path fusekiRunFolder(Path storeFolder) {
        Path absolute = storeFolder.toAbsolutePath().normalize();
        Path parent = absolute.getParent() != null ? absolute.getParent() : absolute;
        return parent.resolve("fuseki-run");
    }
}
