package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Vocab;

/**
 * Dereferences the IRIs we mint under one namespace: {@code GET /PREFIX/KEY} describes
 * {@code NAMESPACE + KEY} ({@link EntityDescription}) as Turtle, N-Triples, JSON-LD or RDF/XML, or
 * as an HTML page for browsers, chosen by {@code Accept} or {@code ?format=}. Entities live under
 * {@code /id/}, documents under {@code /doc/} and claims under {@code /claim/}. A key that does not
 * match the namespace's strict pattern, names nothing, or names something of the wrong type gets
 * 404. The key is looked up as a node; no query text is ever built from the request.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Entity keys: letters, digits, dots, dashes and underscores (see mention.Keys). */
    static final Pattern ENTITY_KEY = Pattern.compile("[\\p{L}\\p{N}._~-]{1,200}");
    /** Document ids (see ingest.Document). */
    static final Pattern DOCUMENT_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,200}");
    /** Claim keys: the document id, a slash and the claim's hash. */
    static final Pattern CLAIM_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,200}/[A-Za-z0-9_-]{1,100}");

    private final transient DatasetGraph dataset;
    private final String namespace;
    private final Pattern keys;
    private final transient Node requiredType;
    private final transient BiFunction<Graph, Node, String> page;

    private ResourceServlet(DatasetGraph dataset, String namespace, Pattern keys, Node requiredType,
            BiFunction<Graph, Node, String> page) {
        this.dataset = dataset;
        this.namespace = namespace;
        this.keys = keys;
        this.requiredType = requiredType;
        this.page = page;
    }

    /** Entity pages under {@code /id/}. */
    static ResourceServlet entities(DatasetGraph dataset) {
        return new ResourceServlet(dataset, Vocab.ID, ENTITY_KEY, null, EntityPage::render);
    }

    /** Document pages under {@code /doc/}. */
    static ResourceServlet documents(DatasetGraph dataset) {
        return new ResourceServlet(dataset, Vocab.DOC, DOCUMENT_KEY, Vocab.ng("Document"), DocumentPage::render);
    }

    /** Claim pages under {@code /claim/}. */
    static ResourceServlet claims(DatasetGraph dataset) {
        return new ResourceServlet(dataset, Vocab.CLAIM, CLAIM_KEY, Vocab.ng("Claim"), ClaimPage::render);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String key = path == null || path.length() < 2 ? "" : path.substring(1);
        if (!keys.matcher(key).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "not a well-formed key");
            return;
        }
        Node node = NodeFactory.createURI(namespace + key);
        Optional<Graph> description = Txn.calculateRead(dataset, () -> describe(node));
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing known about " + key);
            return;
        }
        Optional<RdfResponse.Format> format = RdfResponse.choose(request, true);
        if (format.isEmpty()) {
            RdfResponse.notAcceptable(response, true);
        } else if (format.get() == RdfResponse.Format.HTML) {
            writeHtml(response, page.apply(description.get(), node));
        } else {
            RdfResponse.write(response, description.get(), format.get());
        }
    }

    private Optional<Graph> describe(Node node) {
        if (requiredType != null && !dataset.getUnionGraph().contains(node, RDF.type.asNode(), requiredType)) {
            return Optional.empty();
        }
        return EntityDescription.describe(dataset, node);
    }

    /** Sends {@code html} as a UTF-8 page that varies by Accept. */
    static void writeHtml(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
