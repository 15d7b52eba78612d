package org.newsgraph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.store.GraphStore;

/** Test helper: ASK and SELECT over a store's union graph with the project's prefixes. */
public final class StoreQueries {
    public static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX id: <https://w3id.org/newsgraph/id/>
            PREFIX doc: <https://w3id.org/newsgraph/doc/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private StoreQueries() { }

    /** {@code ASK { where }}. */
    public static boolean ask(GraphStore store, String where) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + "ASK { " + where + " }",
                    DatasetFactory.wrap(dsg))) {
                return qe.execAsk();
            }
        });
    }

    /**
     * A copy of {@code row} whose values are resolved now: TDB2 solutions look their nodes up
     * lazily, which fails once the read transaction has ended.
     */
    private static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(name -> copy.add(name, row.get(name)));
        return copy;
    }

    /** The rows of a SELECT query (prefixes added), with their values resolved inside the transaction. */
    public static List<QuerySolution> select(GraphStore store, String query) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, DatasetFactory.wrap(dsg))) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> rows.add(copy(row)));
                return rows;
            }
        });
    }
}
