package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.ingest.Document;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.report.Problem;

/**
 * One analysis thread of a parallel build. In: {@link Job}s from the reader. Out: for each, an
 * {@link Outcome} for the writer: the document's graph, or a one-line problem when the analysis
 * failed (the other documents go on). Stops at the stop job or when interrupted.
 */
final class ExtractionWorker implements Runnable {
    private static final Node CLAIM = Vocab.ng("Claim");

    private final DocumentAnalysis analysis;
    private final BuildQueues queues;

    ExtractionWorker(DocumentAnalysis analysis, BuildQueues queues) {
        this.analysis = analysis;
        this.queues = queues;
    }

    @Override
    public void run() {
        try {
            for (Job job = queues.jobs.take(); job.doc() != null; job = queues.jobs.take()) {
                queues.outcomes.add(analyse(job));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The outcome of analysing one document; never throws for a bad document. */
    Outcome analyse(Job job) {
        Document doc = job.doc();
        try {
            List<Problem> warnings = new ArrayList<>();
            Graph graph = analysis.analyse(doc, warnings::add);
            long claims = graph.stream(Node.ANY, RDF.type.asNode(), CLAIM).count();
            return Outcome.analysed(job.seq(), job.weight(), doc, graph,
                    new Outcome.DocumentStats(doc.wordCount(), doc.text().length(), claims), warnings);
        } catch (RuntimeException | Error e) {
            return Outcome.problem(job.seq(), job.weight(),
                    Problem.rejected(doc.source(), "cannot analyse: " + reason(e)));
        }
    }

    /** One line naming the failure, for users. */
    static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "text too deeply nested or repetitive";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().strip();
        String line = (e.getClass().getSimpleName() + message).replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
