package org.newsgraph.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.newsgraph.ingest.Document;
import org.newsgraph.report.Problem;

/**
 * What became of one numbered item of a build, on its way to the writer: an analysed document
 * with its graph, a problem (found while reading or analysing), or the end of the input. Items
 * are numbered in reading order ({@code seq}); {@code weight} is what the item holds of the
 * build's in-flight budget, given back once the writer is done with it.
 *
 * @param seq position in reading order, from 0
 * @param weight in-flight budget units held (0 for problems and the end)
 * @param doc the document, or null
 * @param graph its graph, or null
 * @param stats words, characters and claims of the document (zeros when none)
 * @param problem the problem, or null
 * @param warnings problems met while analysing the document that leave the rest of it standing
 */
record Outcome(long seq, int weight, Document doc, Graph graph, DocumentStats stats, Problem problem,
               List<Problem> warnings) {

    Outcome {
        warnings = List.copyOf(warnings);
    }

    /** Word, character and claim counts of one analysed document. */
    record DocumentStats(long words, long characters, long claims) {
        static final DocumentStats NONE = new DocumentStats(0, 0, 0);
    }

    /** An analysed document. */
    static Outcome analysed(long seq, int weight, Document doc, Graph graph, DocumentStats stats,
                            List<Problem> warnings) {
        return new Outcome(seq, weight, doc, graph, stats, null, warnings);
    }

    /** A problem, reported in reading order. */
    static Outcome problem(long seq, int weight, Problem problem) {
        return new Outcome(seq, weight, null, null, DocumentStats.NONE, problem, List.of());
    }

    /** The end of the input: nothing has a number at or above {@code seq}. */
    static Outcome end(long seq) {
        return new Outcome(seq, 0, null, null, DocumentStats.NONE, null, List.of());
    }

    /** Whether this item marks the end of the input. */
    boolean isEnd() {
        return doc == null && problem == null;
    }
}
