package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Puts together the embedded Fuseki server: one read-only dataset, ping, CORS, a read-only
 * admin area and, when asked for and available, the Fuseki UI. In: the dataset and settings;
 * out: a built (not started) {@link FusekiServer} bound to the given host.
 */
final class FusekiAssembly {
    /** The class path folder that jena-fuseki-ui ships its web app in. */
    private static final String UI_RESOURCE = "webapp";
    private static final Object FUSEKI_BASE_LOCK = new Object();

    /** A built server, and why the UI is off (null when it is on). */
    record Assembled(FusekiServer server, String uiProblem) {
    }

    private FusekiAssembly() {
    }

    /**
     * Builds the server. With {@code ui} it tries the UI (and the admin module it needs, with its
     * files in {@code runDirectory} or a temporary folder) and falls back to a server without them.
     */
    static Assembled assemble(DatasetGraph dataset, String host, int port, Duration queryTimeout,
                              Path runDirectory, boolean ui) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        String uiProblem = ui ? null : "the UI was switched off";
        if (ui && FusekiAssembly.class.getClassLoader().getResource(UI_RESOURCE) == null) {
            uiProblem = "jena-fuseki-ui is not on the class path";
        }
        FusekiServer server = null;
        if (uiProblem == null) {
            try {
                server = buildWithUi(baseBuilder(dataset, port), RunDirectory.orTemporary(runDirectory));
            } catch (RuntimeException e) {
                uiProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        if (server == null) {
            server = baseBuilder(dataset, port).fusekiModules(FusekiModules.create()).build();
        }
        bindTo(server, host);
        return new Assembled(server, uiProblem);
    }

    private static FusekiServer.Builder baseBuilder(DatasetGraph dataset, int port) {
        return FusekiServer.create()
                .port(port)
                .add(NewsgraphServer.DATASET, dataset, false)
                .enablePing(true)
                .enableCors(true)
                .addFilter("/$/*", new ReadOnlyAdminFilter());
    }

    /** FMod_Admin reads its run folder from the FUSEKI_BASE system property while building. */
    private static FusekiServer buildWithUi(FusekiServer.Builder builder, Path runDirectory) {
        synchronized (FUSEKI_BASE_LOCK) {
            System.setProperty("FUSEKI_BASE", runDirectory.toAbsolutePath().toString());
            return builder.fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create())).build();
        }
    }

    private static void bindTo(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
    }

    /** The local addresses of the server's open listening sockets. */
    static List<InetSocketAddress> boundAddresses(FusekiServer server) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector
                    && serverConnector.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    addresses.add((InetSocketAddress) channel.getLocalAddress());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return addresses;
    }
}
