package org.newsgraph.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.store.Namespaces;

/**
 * Dereferences the IRIs of derived graphs, {@code https://w3id.org/newsgraph/derived/KEY} (the
 * conflicts and supports computed for entity KEY): RDF clients get the graph's content in the
 * syntax they accept; browsers are sent (303) to the entity page, which shows them. A key that is
 * malformed or names no derived graph gets 404. In: the request; out: RDF or a redirect.
 */
final class DerivedGraphServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The namespace of derived graphs. */
    static final String DERIVED = Html.BASE + "derived/";

    private final transient DatasetGraph dataset;

    /** A servlet reading derived graphs from {@code dataset}. */
    DerivedGraphServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String key = path == null || path.length() < 2 ? "" : path.substring(1);
        Graph graph = ResourceServlet.ENTITY_KEY.matcher(key).matches() ? copy(NodeFactory.createURI(DERIVED + key))
                : GraphFactory.createDefaultGraph();
        if (graph.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no derived graph " + key);
            return;
        }
        Optional<RdfResponse.Format> format = RdfResponse.choose(request, true);
        if (format.isEmpty()) {
            RdfResponse.notAcceptable(response, true);
        } else if (format.get() == RdfResponse.Format.HTML) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/id/" + Html.pathSegment(key));
            response.setHeader("Vary", "Accept");
        } else {
            RdfResponse.write(response, graph, format.get());
        }
    }

    private Graph copy(Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        Txn.executeRead(dataset, () -> dataset.getGraph(name).find().forEachRemaining(copy::add));
        return copy;
    }
}
