package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Namespaces;

/**
 * Serves the ontology at its namespace: {@code GET /ontology} answers the ontology graph of the
 * store in Turtle, N-Triples, JSON-LD or RDF/XML by {@code Accept}, and browsers get the
 * ontology as a page ({@link OntologyPage}) where each term IRI's fragment is an anchor; {@code GET
 * /ontology/context.jsonld} answers a JSON-LD context for the vocabulary; the ontology's version
 * IRI ({@code /ontology/0.1.0}) answers the same as {@code /ontology}. Other paths get 404,
 * and so does {@code /ontology} when the store holds no ontology graph.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CONTEXT = "/context.jsonld";
    /** The most entities listed for one class on the HTML page. */
    static final int INSTANCES = 50;

    private final transient DatasetGraph dataset;

    /** A servlet reading the ontology graph from {@code dataset}. */
    OntologyServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Graph ontology = ontology();
        if (ontology.isEmpty() || !(path.isEmpty() || path.equals("/") || path.equals(CONTEXT)
                || isVersion(ontology, path))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such ontology document");
            return;
        }
        if (path.equals(CONTEXT)) {
            response.setContentType("application/ld+json; charset=utf-8");
            response.getOutputStream().write(JsonLdContext.of(ontology).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<RdfResponse.Format> format = RdfResponse.choose(request, true);
        if (format.isEmpty()) {
            RdfResponse.notAcceptable(response, true);
        } else if (format.get() == RdfResponse.Format.HTML) {
            Txn.executeRead(dataset, () -> addInstances(ontology));
            ResourceServlet.writeHtml(response, OntologyPage.render(ontology, INSTANCES));
        } else {
            RdfResponse.write(response, ontology, format.get());
        }
    }

    /** Whether {@code path} (as {@code /0.1.0}) is the ontology's {@code owl:versionIRI}. */
    private static boolean isVersion(Graph ontology, String path) {
        return path.length() > 1 && ontology.contains(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH),
                OWL.versionIRI.asNode(), NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH + path));
    }

    /** Adds to {@code page} up to {@value #INSTANCES} entities of each class, with their types and labels. */
    private void addInstances(Graph page) {
        Graph union = dataset.getUnionGraph();
        for (Node type : page.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).mapWith(Triple::getSubject).toList()) {
            union.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                    .filterKeep(OntologyPage::isListed).toList().stream()
                    .sorted(Comparator.comparing(Node::getURI)).limit(INSTANCES).forEach(n -> {
                        page.add(Triple.create(n, RDF.type.asNode(), type));
                        union.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(page::add);
                        union.find(n, RDFS.comment.asNode(), Node.ANY).forEachRemaining(page::add);
                        union.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(page::add);
                        union.find(n, Node.ANY, Node.ANY).filterKeep(t -> t.getPredicate().getURI().startsWith(Vocab.NG)
                                && t.getObject().isLiteral()).forEachRemaining(page::add);
                    });
        }
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
