package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Puts together the embedded Fuseki server: the read-only dataset and its descriptions, entity,
 * document and claim pages, search, the ontology, ping, statistics, metrics, CORS, a read-only admin area, the
 * request size
 * cap, the protected write dataset when allowed and, when asked for and available, the Fuseki UI.
 * In: the dataset and settings; out: a built (not started) {@link FusekiServer} bound to the host.
 */
final class FusekiAssembly {
    /** The class path folder that jena-fuseki-ui ships its web app in. */
    private static final String UI_RESOURCE = "webapp";
    private static final Object FUSEKI_BASE_LOCK = new Object();
    private static final Operation VOID = Operation.alloc("https://w3id.org/newsgraph/ontology#voidOperation",
            "void", "VoID description of the dataset");
    private static final Operation SERVICE_DESCRIPTION = Operation.alloc(
            "https://w3id.org/newsgraph/ontology#serviceDescriptionOperation", "service-description",
            "SPARQL service description");

    /** A built server, and why the UI is off (null when it is on). */
    record Assembled(FusekiServer server, String uiProblem) {
    }

    private FusekiAssembly() {
    }

    /**
     * Builds the server. With {@code ui} it tries the UI (and the admin module it needs, with its
     * files in {@code runDirectory} or a temporary folder) and falls back to a server without them.
     */
    static Assembled assemble(DatasetGraph dataset, ServerSettings settings) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        String uiProblem = settings.ui() ? null : "the UI was switched off";
        if (settings.ui() && FusekiAssembly.class.getClassLoader().getResource(UI_RESOURCE) == null) {
            uiProblem = "jena-fuseki-ui is not on the class path";
        }
        FusekiServer server = null;
        if (uiProblem == null) {
            try {
                server = buildWithUi(withUiTailoring(baseBuilder(dataset, settings), settings),
                        RunDirectory.orTemporary(settings.runDirectory()));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw e;
            } catch (RuntimeException e) {
                uiProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        if (server == null) {
            server = baseBuilder(dataset, settings).fusekiModules(FusekiModules.create()).build();
        }
        bindTo(server, settings.host());
        RequestLimit.apply(server, settings.maxRequestBytes());
        return new Assembled(server, uiProblem);
    }

    /**
     * The public read-only dataset with the row cap, its VoID and service description, entity
     * pages, the ontology, ping, statistics, metrics and CORS; the protected write dataset when
     * the settings allow updates.
     */
    private static FusekiServer.Builder baseBuilder(DatasetGraph dataset, ServerSettings settings) {
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new CappedQuery(settings.maxResults()))
                .registerOperation(VOID, new DescriptionService(DatasetDescriptions::voidDescription))
                .registerOperation(SERVICE_DESCRIPTION,
                        new DescriptionService(DatasetDescriptions::serviceDescription))
                .add(NewsgraphServer.DATASET, dataset, false)
                .addEndpoint(NewsgraphServer.DATASET, "void", VOID)
                .addEndpoint(NewsgraphServer.DATASET, "service-description", SERVICE_DESCRIPTION)
                .addServlet("/id/*", ResourceServlet.entities(dataset))
                .addServlet("/doc/*", ResourceServlet.documents(dataset))
                .addServlet("/claim/*", ResourceServlet.claims(dataset))
                .addServlet("/derived/*", new DerivedGraphServlet(dataset))
                .addServlet("/search", new SearchServlet(dataset))
                .addServlet("/ontology/*", new OntologyServlet(dataset))
                .enablePing(true)
                .enableStats(true)
                .enableMetrics(true)
                .enableCors(false)
                .addFilter("/*", new CorsPolicy(settings.corsOrigin()))
                .addFilter("/$/*", new ReadOnlyAdminFilter())
                .addFilter("/*", new StreamedBodyLimit(settings.maxRequestBytes()))
                .addFilter(NewsgraphServer.DATASET + "/*",
                        new QueryAdmission(settings.maxConcurrentQueries(), settings.queryTimeout().multipliedBy(2)));
        if (settings.updatesAllowed()) {
            WriteAccess.addTo(builder, dataset, settings.passwordFile());
        }
        return builder;
    }

    /** The UI's query view shows our examples and prefixes; a read-only server shows no write actions. */
    private static FusekiServer.Builder withUiTailoring(FusekiServer.Builder builder, ServerSettings settings) {
        return builder.addFilter("/static/*",
                new UiTailoring(UiContent.of(settings.exampleQueries()), !settings.updatesAllowed()));
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
