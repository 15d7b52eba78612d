package org.newsgraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query handler with a cap on result rows: a query without {@code LIMIT}, or with
 * a larger one, runs as if it said {@code LIMIT max}, so no query streams more than {@code max}
 * solutions (for CONSTRUCT and DESCRIBE: the solutions the template is filled from). The caller's
 * own smaller {@code LIMIT} and any {@code OFFSET} are kept. In: a parsed query; out: the capped
 * query on the same dataset.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long max;

    /** A handler that returns at most {@code max} rows per query. */
    CappedQuery(long max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight() != null ? decided.getRight() : query;
        return Pair.create(decided.getLeft(), capped(chosen, max));
    }

    /** {@code query} itself when it asks for at most {@code max} rows, else a copy with {@code LIMIT max}. */
    static Query capped(Query query, long max) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= max)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(max);
        return copy;
    }
}
