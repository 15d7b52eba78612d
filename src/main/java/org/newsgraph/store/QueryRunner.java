package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs one SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) against a store in a read
 * transaction and writes the results to a stream: SELECT and ASK in a {@link ResultFormat},
 * CONSTRUCT and DESCRIBE as Turtle. The default graph is the union of all named graphs.
 */
public final class QueryRunner {
    private final GraphStore store;

    /** A runner over {@code store}. */
    public QueryRunner(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Parses SPARQL text (prefixes must be declared, as for the server).
     *
     * @throws InvalidQueryException with the parser's message on one line
     */
    public static Query parse(String sparql) {
        Objects.requireNonNull(sparql, "sparql");
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new InvalidQueryException("bad SPARQL: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and runs {@code sparql}, writing its results to {@code out} (flushed, not closed).
     *
     * @throws InvalidQueryException if the text does not parse or is not a query type we run
     */
    public void run(String sparql, ResultFormat format, OutputStream out) {
        Query query = parse(sparql);
        Objects.requireNonNull(format, "format");
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            throw new InvalidQueryException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are supported", null);
        }
        DatasetGraph dataset = store.datasetGraph();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecutionFactory.create(query, DatasetFactory.wrap(dataset))) {
                write(query, execution, format, out);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Query query, QueryExecution execution, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            writeSelect(query, execution.execSelect(), format, out);
        } else if (query.isAskType()) {
            writeAsk(execution.execAsk(), format, out);
        } else {
            Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
            model.setNsPrefixes(displayPrefixes(query));
            RDFDataMgr.write(out, model, RDFFormat.TURTLE);
        }
    }

    private static void writeSelect(Query query, ResultSet results, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, displayPrefixes(query));
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }

    /** The newsgraph prefixes plus those the query declares (which win). */
    private static PrefixMapping displayPrefixes(Query query) {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(Namespaces.prefixes())
                .setNsPrefixes(query.getPrefixMapping());
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
        }
    }
}
