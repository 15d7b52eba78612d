package org.newsgraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Fuseki's SPARQL query handler with a visible cap on result rows, strict content negotiation and
 * a service description. A query without {@code LIMIT}, or with a larger one, returns at most
 * {@code max} rows (for CONSTRUCT and DESCRIBE: the solutions the template is filled from); a
 * SELECT cut there says so ({@link RowCap}). The caller's own smaller {@code LIMIT} and any
 * {@code OFFSET} are kept. An {@code Accept} header that matches no result format gets 406
 * ({@link ResultTypes}). A GET without a {@code query} parameter answers with the SPARQL service
 * description. In: a query request; out: its results, or the description.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private static final String CAPPED = CappedQuery.class.getName() + ".capped";

    private final long max;
    private final RowCap rowCap;
    private final DescriptionService description =
            new DescriptionService(DatasetDescriptions::serviceDescription);

    /** A handler that returns at most {@code max} rows per query. */
    CappedQuery(long max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        this.max = max;
        this.rowCap = new RowCap(max);
    }

    @Override
    public void validate(HttpAction action) {
        if (!isDescriptionRequest(action)) {
            super.validate(action);
        }
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        if (isDescriptionRequest(action)) {
            description.execute(action);
        } else {
            super.executeWithParameter(action);
        }
    }

    private static boolean isDescriptionRequest(HttpAction action) {
        return HttpNames.METHOD_GET.equals(action.getRequestMethod())
                && action.getRequestParameter(HttpNames.paramQuery) == null;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        ResultTypes.requireAcceptable(action, query);
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight() != null ? decided.getRight() : query;
        Query capped = capped(chosen, max);
        if (capped != chosen && capped.isSelectType()) {
            capped.setLimit(rowCap.probeLimit());
            action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
        }
        return Pair.create(decided.getLeft(), capped);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet() || action.getRequest().getAttribute(CAPPED) == null) {
            super.sendResults(action, result, prologue);
            return;
        }
        RowSet rows = rowCap.cut(action, result.rowSet());
        if (rows != null) {
            Responses.doResponseResultSet(action, rows, prologue);
        }
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
