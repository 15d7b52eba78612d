package org.newsgraph.ingest;

/**
 * What is known about an article besides its text, from a sidecar {@code NAME.meta.json}, a JSONL
 * record or the HTML head. Every field may be null when unknown.
 *
 * @param title the headline
 * @param url where it was published
 * @param publisher the outlet
 * @param published the publication date as given (ISO {@code yyyy-MM-dd} or a date-time), unparsed
 */
public record DocumentMetadata(String title, String url, String publisher, String published) {

    private static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null);

    public DocumentMetadata {
        title = blankToNull(title);
        url = blankToNull(url);
        publisher = blankToNull(publisher);
        published = blankToNull(published);
    }

    /** Metadata with nothing known. */
    public static DocumentMetadata empty() {
        return EMPTY;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
