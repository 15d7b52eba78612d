package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.report.Problem;

/** Test helper: the documents and problems one {@link DocumentSource#read} call produced. */
record IngestRun(List<Document> documents, List<Problem> problems) {

    static IngestRun of(DocumentSource source, Path... paths) {
        List<Document> documents = new ArrayList<>();
        CollectingReporter reporter = new CollectingReporter();
        source.read(List.of(paths), reporter, documents::add);
        return new IngestRun(documents, reporter.problems());
    }

    static IngestRun of(Path... paths) {
        return of(new DocumentSource(), paths);
    }

    List<Problem> rejections() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.REJECTED).toList();
    }

    List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    Document only() {
        if (documents.size() != 1) {
            throw new AssertionError("expected one document, got " + documents + " and " + problems);
        }
        return documents.get(0);
    }

    List<String> ids() {
        return documents.stream().map(Document::id).toList();
    }
}
