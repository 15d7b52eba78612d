package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newsgraph.rdf.Vocab;

/**
 * The HTML page of one document: its title, publisher, publication date (and how it was found),
 * a link out to the original article, the entities it mentions, the disagreements its claims take
 * part in, its full text with every claim's evidence highlighted and linked to the claim's page
 * (and each sentence's IRI fragment as an anchor),
 * and the table of its claims. In: the description graph of {@link EntityDescription} and the
 * document node; out: an HTML document.
 */
final class DocumentPage {
    private static final Node URL = NodeFactory.createURI(Vocab.SCHEMA + "url");
    private static final Pattern SENTENCE = Pattern.compile("#char=(\\d{1,9}),\\d{1,9}$");

    /** A claim's evidence span in code points of the document text. */
    private record Span(Node claim, int begin, int end) {
    }

    private DocumentPage() {
    }

    /** The page of {@code document}. */
    static String render(Graph g, Node document) {
        String title = SourceNames.literal(g, document, Vocab.ng("title"));
        String name = Html.escape(title.isEmpty() ? Html.name(g, document) : title);
        return Page.render(name, "<p><code>" + Html.escape(document.getURI()) + "</code></p>\n"
                + facts(g, document)
                + "<h2>Disagreements between sources</h2>\n" + ConflictList.render(g)
                + "<h2>Text</h2>\n<div class=\"text\">" + text(g, document) + "</div>\n"
                + "<h2>Claims</h2>\n" + EvidenceTable.render(g), true);
    }

    private static String facts(Graph g, Node d) {
        StringBuilder html = new StringBuilder("<dl>\n");
        item(html, "publisher", Html.escape(SourceNames.literal(g, d, Vocab.ng("publisher"))));
        String basis = g.find(d, Vocab.ng("publicationDateBasis"), Node.ANY).mapWith(Triple::getObject).toList()
                .stream().map(b -> " (" + Html.escape(Html.name(g, b)) + ")").findFirst().orElse("");
        String date = SourceNames.literal(g, d, Vocab.ng("publicationDate"));
        item(html, "published", date.isEmpty() ? "" : Html.escape(date) + basis);
        item(html, "original", g.find(d, URL, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList()
                .stream().map(u -> "<a href=\"" + Html.escape(u.getURI()) + "\">" + Html.escape(u.getURI()) + "</a>")
                .findFirst().orElse(""));
        item(html, "words", Html.escape(SourceNames.literal(g, d, Vocab.ng("wordCount"))));
        List<String> mentions = g.find(d, Vocab.ng("mentions"), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(n -> Html.name(g, n))).map(n -> Html.link(g, n)).toList();
        item(html, "mentions", String.join(", ", mentions));
        return html.append("</dl>\n").toString();
    }

    private static void item(StringBuilder html, String term, String valueHtml) {
        if (!valueHtml.isEmpty()) {
            html.append("<dt>").append(term).append("</dt><dd>").append(valueHtml).append("</dd>\n");
        }
    }

    /**
     * The text, escaped, with each stretch covered by claim evidence in a {@code mark} linking to
     * the claim with the shortest span covering it, and an empty element with the id
     * {@code char=BEGIN,END} where each sentence starts (the fragment of the sentence's IRI).
     */
    private static String text(Graph g, Node d) {
        String text = SourceNames.literal(g, d, Vocab.nif("isString"));
        int length = text.codePointCount(0, text.length());
        List<Span> spans = spans(g, d, length);
        Map<Integer, String> sentences = sentenceStarts(g, d, length);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        cuts.addAll(sentences.keySet());
        spans.forEach(s -> {
            cuts.add(s.begin());
            cuts.add(s.end());
        });
        StringBuilder html = new StringBuilder();
        List<Integer> points = new ArrayList<>(cuts);
        for (int i = 0; i + 1 < points.size(); i++) {
            int from = points.get(i);
            int to = points.get(i + 1);
            String anchor = sentences.get(from);
            html.append(anchor == null ? "" : "<span id=\"" + Html.escape(anchor) + "\"></span>").append(marked(spans,
                    from, to, Html.escape(text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to)))));
        }
        return html.toString();
    }

    private static String marked(List<Span> spans, int from, int to, String piece) {
        return spans.stream().filter(s -> s.begin() <= from && to <= s.end())
                .min(Comparator.comparingInt((Span s) -> s.end() - s.begin()))
                .map(s -> "<mark><a href=\"" + Html.escape(Html.href(s.claim().getURI())) + "\">" + piece + "</a></mark>")
                .orElse(piece);
    }

    /** Sentence start (code points) to the fragment of the sentence IRI, {@code char=BEGIN,END}. */
    private static Map<Integer, String> sentenceStarts(Graph g, Node d, int length) {
        Map<Integer, String> starts = new TreeMap<>();
        for (Node sentence : g.find(Node.ANY, Vocab.nif("referenceContext"), d).mapWith(Triple::getSubject).toList()) {
            Matcher m = sentence.isURI() ? SENTENCE.matcher(sentence.getURI()) : null;
            if (m != null && m.find() && Integer.parseInt(m.group(1)) < length) {
                starts.putIfAbsent(Integer.parseInt(m.group(1)), m.group().substring(1));
            }
        }
        return starts;
    }

    private static List<Span> spans(Graph g, Node d, int length) {
        List<Span> spans = new ArrayList<>();
        for (Node claim : g.find(Node.ANY, SourceNames.DERIVED_FROM, d).mapWith(Triple::getSubject).toList()) {
            int begin = number(g, claim, Vocab.nif("beginIndex"));
            int end = number(g, claim, Vocab.nif("endIndex"));
            if (claim.isURI() && 0 <= begin && begin < end && end <= length) {
                spans.add(new Span(claim, begin, end));
            }
        }
        spans.sort(Comparator.comparing((Span s) -> s.claim().getURI()));
        return spans;
    }

    private static int number(Graph g, Node subject, Node predicate) {
        try {
            return Integer.parseInt(SourceNames.literal(g, subject, predicate));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
