package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Namespaces;

/**
 * Serves the ontology at its namespace: {@code GET /ontology} answers the ontology graph of the
 * store in Turtle, N-Triples, JSON-LD or RDF/XML by {@code Accept}; {@code GET
 * /ontology/context.jsonld} answers a JSON-LD context for the vocabulary. Other paths get 404,
 * and so does {@code /ontology} when the store holds no ontology graph.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CONTEXT = "/context.jsonld";

    private final transient DatasetGraph dataset;

    /** A servlet reading the ontology graph from {@code dataset}. */
    OntologyServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Graph ontology = ontology();
        if (ontology.isEmpty() || !(path.isEmpty() || path.equals("/") || path.equals(CONTEXT))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such ontology document");
            return;
        }
        if (path.equals(CONTEXT)) {
            response.setContentType("application/ld+json; charset=utf-8");
            response.getOutputStream().write(JsonLdContext.of(ontology).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<RdfResponse.Format> format = RdfResponse.choose(request, false);
        if (format.isEmpty()) {
            RdfResponse.notAcceptable(response, false);
            return;
        }
        RdfResponse.write(response, ontology, format.get());
    }

    /** A copy of the ontology graph (empty when the store has none), with the usual prefixes. */
    private Graph ontology() {
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        Txn.executeRead(dataset, () -> dataset.getGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH))
                .find().forEachRemaining(copy::add));
        return copy;
    }
}
