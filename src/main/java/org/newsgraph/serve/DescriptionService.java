package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.BiFunction;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A Fuseki operation that answers GET with an RDF description of its dataset (VoID or the service
 * description), in the syntax the client asks for. In: the request; out: the graph made by the
 * describer from the dataset's base URL (as the client reached it) and the dataset's counts.
 */
final class DescriptionService extends ActionService {
    private final BiFunction<String, DatasetStatistics, Graph> describer;

    /** A service that answers with {@code describer(base URL, counts)}. */
    DescriptionService(BiFunction<String, DatasetStatistics, Graph> describer) {
        this.describer = describer;
    }

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execHead(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void validate(HttpAction action) {
        // GET and HEAD carry no parameters that need checking.
    }

    @Override
    public void execute(HttpAction action) {
        Optional<RdfResponse.Format> format = RdfResponse.choose(action.getRequest(), false);
        try {
            if (format.isEmpty()) {
                RdfResponse.notAcceptable(action.getResponse(), false);
                return;
            }
            DatasetGraph dataset = action.getDataset();
            DatasetStatistics stats = Txn.calculateRead(dataset, () -> DatasetStatistics.of(dataset));
            RdfResponse.write(action.getResponse(), describer.apply(datasetBase(action), stats), format.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request URL up to the dataset name: {@code http://host:port/newsgraph}. */
    private static String datasetBase(HttpAction action) {
        String url = action.getRequest().getRequestURL().toString();
        int slash = url.lastIndexOf('/');
        return slash > 0 ? url.substring(0, slash) : url;
    }
}
