package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;

/**
 * Dereferences entity IRIs: {@code GET /id/KEY} describes {@code https://w3id.org/newsgraph/id/KEY}
 * ({@link EntityDescription}) as Turtle, N-Triples, JSON-LD or RDF/XML, or as an HTML page
 * ({@link EntityPage}) for browsers, chosen by {@code Accept} or {@code ?format=}. A key that is
 * not a well-formed entity key, or names no entity, gets 404. The key is checked against a strict
 * pattern and looked up as a node; no query text is ever built from the request.
 */
final class EntityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Entity keys: letters, digits, dots, dashes and underscores (see mention.Keys). */
    static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}._~-]{1,200}");

    private final transient DatasetGraph dataset;

    /** A servlet describing entities of {@code dataset}. */
    EntityServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String key = path == null || path.length() < 2 ? "" : path.substring(1);
        if (!KEY.matcher(key).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "not an entity key");
            return;
        }
        Node entity = Vocab.entity(key);
        Optional<Graph> description = Txn.calculateRead(dataset, () -> EntityDescription.describe(dataset, entity));
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no entity " + key);
            return;
        }
        Optional<RdfResponse.Format> format = RdfResponse.choose(request, true);
        if (format.isEmpty()) {
            RdfResponse.notAcceptable(response, true);
        } else if (format.get() == RdfResponse.Format.HTML) {
            response.setContentType("text/html; charset=utf-8");
            response.setHeader("Vary", "Accept");
            response.getOutputStream().write(EntityPage.render(description.get(), entity)
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            RdfResponse.write(response, description.get(), format.get());
        }
    }
}
