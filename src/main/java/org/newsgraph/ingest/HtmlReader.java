package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jsoup.parser.Parser;
import org.newsgraph.report.ProblemReporter;

/**
 * Reads HTML articles ({@code .html}, {@code .htm}) with jsoup. In: a UTF-8 file and its optional
 * sidecar. Out: one {@link Document} with the cleaned article text (see {@link HtmlArticleText})
 * and the page's metadata, sidecar values first; rejects a page with "no article text". Nesting
 * deeper than {@value #MAX_DEPTH} elements is flattened by the parser instead of overflowing the
 * stack.
 */
final class HtmlReader implements DocumentReader {

    static final int MAX_DEPTH = 512;

    private final ContentChecks checks;
    private final SidecarMetadata sidecars;

    HtmlReader(ContentChecks checks, SidecarMetadata sidecars) {
        this.checks = checks;
        this.sidecars = sidecars;
    }

    @Override
    public void read(Path file, ProblemReporter reporter, Consumer<Document> sink) throws IOException {
        String html = checks.readText(file);
        org.jsoup.nodes.Document page = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, "");
        DocumentMetadata fromPage = HtmlMetadata.of(page);
        String text = HtmlArticleText.extract(page);
        if (text.isEmpty()) {
            throw new InputRejectedException("no article text");
        }
        DocumentMetadata metadata = HtmlMetadata.merge(sidecars.metadataFor(file, reporter), fromPage);
        sink.accept(new Document(DocumentIds.forFile(file), file.toString(), text, metadata));
    }
}
