package org.newsgraph.serve;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.web.HttpSC;

/**
 * Refuses a query whose {@code Accept} header names no result format the server can write for it:
 * tables and booleans for SELECT and ASK (SPARQL JSON, XML, CSV, TSV, ...), RDF syntaxes for
 * CONSTRUCT and DESCRIBE. Without this check Fuseki falls back to XML, so {@code Accept: image/png}
 * got 200 with an XML body. A request without Accept, with a wildcard, or with an explicit
 * {@code ?output=}, {@code ?format=} or {@code ?results=} is left to Fuseki. In: the request and the parsed query;
 * out: nothing, or a 406 error that names the formats on offer.
 */
final class ResultTypes {

    private ResultTypes() {
    }

    /** Throws Fuseki's error for 406 when the request's Accept header matches no offer for {@code query}. */
    static void requireAcceptable(HttpAction action, Query query) {
        if (action.getRequestParameter(HttpNames.paramOutput1) != null
                || action.getRequestParameter(HttpNames.paramOutput2) != null
                || action.getRequestParameter(HttpNames.paramOutput3) != null
                || action.getRequestHeader(HttpNames.hAccept) == null) {
            return;
        }
        AcceptList offers = offers(query);
        if (ConNeg.chooseContentType(action.getRequest(), offers, null) == null) {
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "no result format matches Accept: "
                    + action.getRequestHeader(HttpNames.hAccept) + "; offered: " + offers);
        }
    }

    private static AcceptList offers(Query query) {
        if (query.isSelectType()) {
            return DEF.rsOfferTable;
        }
        if (query.isAskType()) {
            return DEF.rsOfferBoolean;
        }
        return query.isConstructQuad() ? DEF.quadsOffer : DEF.constructOffer;
    }
}
