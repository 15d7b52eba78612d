package org.newsgraph.serve;

/**
 * The frame shared by every HTML page of the server: title, style, a navigation bar with the
 * search box (a plain GET form to {@code /search}, no JavaScript) and links to the ontology and
 * the SPARQL endpoint, and optionally the links to the same description in each RDF syntax.
 * In: an already escaped title and body; out: an HTML document.
 */
final class Page {
    private static final String STYLE = "body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;"
            + "vertical-align:top;text-align:left}mark{background:#fe6}mark a{color:inherit}"
            + "nav{border-bottom:1px solid #ccc;padding-bottom:.5em}nav a{margin-right:1em}"
            + ".text{white-space:pre-wrap;line-height:1.5}.conflict{background:#fdd}"
            + "ol.timeline time{font-weight:bold;margin-right:.5em}svg a text{fill:#036}";

    private Page() {
    }

    /** A page titled {@code title} (escaped HTML) with {@code body} (HTML) and, if asked, the RDF links. */
    static String render(String title, String body, boolean rdfLinks) {
        return render(title, body, rdfLinks, "");
    }

    /** The same with the search box pre-filled with {@code query} (raw text, escaped here). */
    static String render(String title, String body, boolean rdfLinks, String query) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " - newsgraph</title><style>" + STYLE + "</style></head><body>\n" + navigation(query)
                + "<h1>" + title + "</h1>\n" + body + (rdfLinks ? rdfLinks() : "") + "</body></html>\n";
    }

    private static String navigation(String query) {
        return "<nav><form action=\"/search\" method=\"get\" role=\"search\"><a href=\"/ontology\">ontology</a>"
                + "<a href=\"/newsgraph/sparql\">SPARQL</a><input type=\"search\" name=\"q\" value=\""
                + Html.escape(query) + "\" placeholder=\"entities, evidence text\" aria-label=\"search\">"
                + "<button type=\"submit\">Search</button></form></nav>\n";
    }

    private static String rdfLinks() {
        return "<p>This description as <a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=nt\">N-Triples</a>, "
                + "<a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=rdf\">RDF/XML</a>. "
                + "Query everything at <a href=\"/newsgraph/sparql\">/newsgraph/sparql</a>.</p>\n";
    }
}
