package org.newsgraph.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself. In: a parsed page (before any cleaning). Out:
 * {@link DocumentMetadata} with the title ({@code og:title}, else {@code <title>}), the url
 * (canonical link, else {@code og:url}), the publication date ({@code article:published_time},
 * {@code datePublished}, else the first {@code <time datetime>}) and the publisher
 * ({@code og:site_name}).
 */
final class HtmlMetadata {

    private HtmlMetadata() {
    }

    /** The metadata found in {@code page}; fields not found are null. */
    static DocumentMetadata of(Document page) {
        String title = first(page, "meta[property=og:title], meta[name=og:title]", "content");
        if (title == null) {
            title = page.title();
        }
        String url = first(page, "link[rel=canonical]", "href");
        if (url == null) {
            url = first(page, "meta[property=og:url], meta[name=og:url]", "content");
        }
        String published = first(page, "meta[property=article:published_time], "
                + "meta[name=article:published_time], meta[itemprop=datePublished], "
                + "meta[name=datePublished]", "content");
        if (published == null) {
            published = first(page, "[itemprop=datePublished][datetime], time[datetime]", "datetime");
        }
        String publisher = first(page, "meta[property=og:site_name], meta[name=og:site_name]",
                "content");
        return new DocumentMetadata(title, url, publisher, published);
    }

    private static String first(Document page, String cssQuery, String attribute) {
        for (Element element : page.select(cssQuery)) {
            String value = element.attr(attribute);
            if (!value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** {@code preferred} with each missing field taken from {@code fallback}. */
    static DocumentMetadata merge(DocumentMetadata preferred, DocumentMetadata fallback) {
        return new DocumentMetadata(
                either(preferred.title(), fallback.title()),
                either(preferred.url(), fallback.url()),
                either(preferred.publisher(), fallback.publisher()),
                either(preferred.published(), fallback.published()));
    }

    private static String either(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
