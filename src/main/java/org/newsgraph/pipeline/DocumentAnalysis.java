package org.newsgraph.pipeline;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.newsgraph.ingest.Document;
import org.newsgraph.report.Problem;

/**
 * Turns one document into its graph, handing the problems met on the way that do not reject the
 * document (a rule that failed on one sentence) to {@code warnings}. Thread-safe.
 */
@FunctionalInterface
public interface DocumentAnalysis {

    /** The document's graph; {@code warnings} receives the problems that leave the rest of it standing. */
    Graph analyse(Document doc, Consumer<Problem> warnings);
}
