package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article text of an HTML page. In: a parsed page (it is modified: boilerplate is
 * removed). Out: the text of its {@code <article>}, else {@code <main>}, else {@code <body>},
 * without navigation, headers, footers, asides, figures, scripts, forms and elements whose class
 * or id names navigation, menus, sharing, related links, breadcrumbs, cookies or subscriptions;
 * each block (paragraph, heading, list item, div, quote, table row) on its own line, table rows
 * as {@code | cell | cell |}. The tree is walked without recursion, so nesting depth is no risk.
 */
final class HtmlArticleText {

    private static final String DROPPED_TAGS = "nav, header, footer, aside, figure, figcaption, "
            + "script, style, form, noscript, template, svg, iframe, button";
    private static final List<String> NOISY_NAMES = List.of(
            "nav", "menu", "footer", "share", "related", "breadcrumb", "cookie", "subscribe");
    private static final Set<String> NEVER_DROPPED = Set.of("html", "head", "body", "main", "article");
    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "tr", "blockquote",
            "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "table", "pre", "hr");

    private HtmlArticleText() {
    }

    /** The article text of {@code page}, or "" when nothing readable is left. */
    static String extract(Document page) {
        removeBoilerplate(page);
        for (Element root : candidates(page)) {
            String text = render(root);
            if (ContentChecks.hasVisibleText(text)) {
                return text;
            }
        }
        return "";
    }

    private static void removeBoilerplate(Document page) {
        page.select(DROPPED_TAGS).remove();
        List<Element> noisy = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (!NEVER_DROPPED.contains(element.normalName()) && hasNoisyName(element)) {
                noisy.add(element);
            }
        }
        noisy.forEach(Element::remove);
    }

    private static boolean hasNoisyName(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return NOISY_NAMES.stream().anyMatch(names::contains);
    }

    private static List<Element> candidates(Document page) {
        List<Element> roots = new ArrayList<>();
        Element article = page.selectFirst("article");
        Element main = page.selectFirst("main");
        if (article != null) {
            roots.add(article);
        }
        if (main != null) {
            roots.add(main);
        }
        roots.add(page.body());
        return roots;
    }

    private static String render(Element root) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new LineBreaker(raw), root);
        StringJoiner lines = new StringJoiner("\n");
        for (String line : raw.toString().split("\n")) {
            String clean = line.replaceAll("[ \\t\\u00A0]+", " ").strip();
            if (ContentChecks.hasVisibleText(clean.replace("|", ""))) {
                lines.add(clean);
            }
        }
        return lines.toString();
    }

    /** Appends text nodes, and line breaks around blocks, to a buffer. */
    private static final class LineBreaker implements NodeVisitor {
        private final StringBuilder out;

        LineBreaker(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (BLOCKS.contains(name) || name.equals("br")) {
                    out.append('\n');
                }
                if (name.equals("tr")) {
                    out.append('|');
                } else if (name.equals("td") || name.equals("th")) {
                    out.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("td") || name.equals("th")) {
                    out.append(" |");
                } else if (BLOCKS.contains(name)) {
                    out.append('\n');
                }
            }
        }
    }
}
