package org.newsgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation for RDF documents: chooses Turtle, N-Triples, JSON-LD, RDF/XML or (where the
 * caller has a page) HTML from the {@code Accept} header or a {@code ?format=} parameter
 * ({@code ttl}, {@code nt}, {@code jsonld}, {@code rdf}, {@code html}), and writes a graph in the
 * chosen syntax. Turtle is the default for {@code *}{@code /*} and for requests without Accept.
 */
final class RdfResponse {

    /** A response syntax: its media type, its {@code ?format=} name, and the Jena writer (none for HTML). */
    enum Format {
        TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
        NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
        JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
        RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
        HTML("text/html", "html", null);

        private final String mediaType;
        private final String shortName;
        private final RDFFormat writer;

        Format(String mediaType, String shortName, RDFFormat writer) {
            this.mediaType = mediaType;
            this.shortName = shortName;
            this.writer = writer;
        }

        /** The media type sent as Content-Type. */
        String mediaType() {
            return mediaType;
        }

        /** The value of {@code ?format=} that picks this syntax. */
        String shortName() {
            return shortName;
        }
    }

    private static final List<String> RDF_OFFERS = List.of("text/turtle", "application/n-triples",
            "application/ld+json", "application/json", "application/rdf+xml", "application/xml");

    private RdfResponse() {
    }

    /** The format for {@code request}, or empty when nothing it accepts is offered (then 406). */
    static Optional<Format> choose(HttpServletRequest request, boolean htmlOffered) {
        String named = request.getParameter("format");
        if (named != null) {
            return byShortName(named.strip().toLowerCase(Locale.ROOT), htmlOffered);
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(Format.TURTLE);
        }
        List<String> offers = htmlOffered
                ? Stream.concat(RDF_OFFERS.stream(), Stream.of("text/html")).toList()
                : RDF_OFFERS;
        MediaType match = AcceptList.match(new AcceptList(accept), AcceptList.create(offers.toArray(String[]::new)));
        return match == null ? Optional.empty() : Optional.of(forMediaType(match.getContentTypeStr()));
    }

    private static Optional<Format> byShortName(String name, boolean htmlOffered) {
        for (Format format : Format.values()) {
            if (format.shortName.equals(name) && (format != Format.HTML || htmlOffered)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static Format forMediaType(String mediaType) {
        return switch (mediaType) {
            case "application/n-triples" -> Format.NTRIPLES;
            case "application/ld+json", "application/json" -> Format.JSONLD;
            case "application/rdf+xml", "application/xml" -> Format.RDFXML;
            case "text/html" -> Format.HTML;
            default -> Format.TURTLE;
        };
    }

    /** Writes {@code graph} in {@code format} (not HTML) with its Content-Type and {@code Vary: Accept}. */
    static void write(HttpServletResponse response, Graph graph, Format format) throws IOException {
        if (format == Format.HTML) {
            throw new IllegalArgumentException("HTML is written by the page, not as RDF");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType + "; charset=utf-8");
        response.setHeader("Vary", "Accept");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, graph, format.writer);
        }
    }

    /** Answers 406 with the formats on offer. */
    static void notAcceptable(HttpServletResponse response, boolean htmlOffered) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "available: text/turtle, application/n-triples, "
                + "application/ld+json, application/rdf+xml" + (htmlOffered ? ", text/html" : ""));
    }
}
