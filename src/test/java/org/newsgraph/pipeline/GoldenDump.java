package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.eval.ClaimLines;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.report.CollectingReporter;

/** Developer tool: prints the golden lines of the articles given, to review and copy into a case. */
public final class GoldenDump {
    private GoldenDump() { }

    public static void main(String[] args) {
        DocumentProcessor p = DocumentProcessor.withCatalog(Path.of("ontology/catalog.ttl"));
        List<Document> docs = new ArrayList<>();
        new DocumentSource().read(List.of(args).stream().map(Path::of).toList(), new CollectingReporter(), docs::add);
        docs.forEach(d -> p.resolve(d).claims().stream().map(ClaimLines::line).distinct().sorted()
                .forEach(System.out::println));
    }
}
