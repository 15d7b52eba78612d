package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * Makes the row cap visible. A SELECT whose LIMIT the cap lowered runs with {@code LIMIT max + 1};
 * this class reads at most {@code max + 1} rows before anything is sent, so it knows whether the
 * result was cut. A cut result keeps its first {@code max} rows and carries the response header
 * {@value #HEADER}{@code : max} in every format; SPARQL JSON results also get a top-level member
 * {@code "newsgraph": {"truncated": true, "maxResults": max, "message": ...}} that JSON clients can
 * read (SPARQL JSON readers ignore unknown members). In: the capped query's rows; out: the rows to
 * send, and the header and JSON marker when they were cut.
 */
final class RowCap {
    /** The response header of a result cut at the row cap; its value is the cap. */
    static final String HEADER = "X-Newsgraph-Truncated";

    private final long max;

    RowCap(long max) {
        this.max = max;
    }

    /** The LIMIT a capped SELECT runs with: one more than the cap, to see whether it was reached. */
    long probeLimit() {
        return max + 1;
    }

    /**
     * The rows of {@code rows} up to the cap. When there were more, sets {@value #HEADER}; when the
     * client asked for SPARQL JSON, also writes the whole response (with its marker) and returns null.
     */
    RowSet cut(HttpAction action, RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() <= max) {
            kept.add(rows.next());
        }
        if (kept.size() <= max) {
            return RowSetStream.create(rows.getResultVars(), kept.iterator());
        }
        kept.remove(kept.size() - 1);
        RowSet cut = RowSetStream.create(rows.getResultVars(), kept.iterator());
        action.setResponseHeader(HEADER, Long.toString(max));
        if (!wantsJson(action)) {
            return cut;
        }
        writeJsonWithMarker(action, cut);
        return null;
    }

    private static boolean wantsJson(HttpAction action) {
        if (action.getRequestParameter(HttpNames.paramOutput1) != null
                || action.getRequestParameter(HttpNames.paramOutput2) != null
                || action.getRequestParameter(HttpNames.paramOutput3) != null
                || action.getRequestParameter(HttpNames.paramCallback) != null) {
            return false;
        }
        MediaType chosen = ConNeg.chooseContentType(action.getRequest(), DEF.rsOfferTable, DEF.acceptResultSetXML);
        return chosen != null && WebContent.contentTypeResultsJSON.equals(chosen.getContentTypeStr());
    }

    private void writeJsonWithMarker(HttpAction action, RowSet rows) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(buffer, rows);
        String json = buffer.toString(StandardCharsets.UTF_8);
        int end = json.lastIndexOf('}');
        String marked = json.substring(0, end).stripTrailing() + ",\n  \"newsgraph\": { \"truncated\": true, "
                + "\"maxResults\": " + max + ", \"message\": \"" + message() + "\" }\n" + json.substring(end);
        ServletOps.success(action);
        action.setResponseContentType(WebContent.contentTypeResultsJSON);
        action.setResponseCharacterEncoding(WebContent.charsetUTF8);
        try {
            OutputStream out = action.getResponseOutputStream();
            out.write(marked.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence shown to users of a cut result. */
    String message() {
        return "result cut at " + max + " rows (the server's --max-results); page with LIMIT and OFFSET";
    }
}
