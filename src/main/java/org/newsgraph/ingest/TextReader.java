package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.report.ProblemReporter;

/**
 * Reads plain-text and Markdown articles ({@code .txt}, {@code .md}). In: a UTF-8 file and its
 * optional sidecar. Out: one {@link Document} whose text is the file content as is (no BOM, LF
 * line ends; Markdown tables and markup stay for later stages) and whose metadata comes from
 * the sidecar.
 */
final class TextReader implements DocumentReader {

    private final ContentChecks checks;
    private final SidecarMetadata sidecars;

    TextReader(ContentChecks checks, SidecarMetadata sidecars) {
        this.checks = checks;
        this.sidecars = sidecars;
    }

    @Override
    public void read(Path file, ProblemReporter reporter, Consumer<Document> sink) throws IOException {
        String text = checks.readText(file);
        DocumentMetadata metadata = sidecars.metadataFor(file, reporter);
        sink.accept(new Document(DocumentIds.forFile(file), file.toString(), text, metadata));
    }
}
