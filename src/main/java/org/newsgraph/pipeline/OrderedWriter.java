package org.newsgraph.pipeline;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.reconcile.Reconciler;
import org.newsgraph.report.Problem;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.PutResult;

/**
 * The single writer of a parallel build, run on the calling thread. In: {@link Outcome}s in any
 * order. Out: documents stored in reading order, several per transaction when they are ready
 * together (a transaction holds whole documents only, so a crash never leaves half a document),
 * problems reported in reading order, progress after every write, and the build's totals.
 */
final class OrderedWriter {
    private static final int MAX_BATCH_DOCUMENTS = 256;
    private static final long MAX_BATCH_QUADS = 200_000;

    private final GraphStore store;
    private final ProblemReporter reporter;
    private final BuildQueues queues;
    private final ProgressListener progress;
    private final BuildCounts counts = new BuildCounts();
    private final PendingRefresh pending = new PendingRefresh();
    private final Map<Long, Outcome> waiting = new HashMap<>();
    private final List<Outcome> batch = new ArrayList<>();
    private long batchQuads;
    private long next;

    OrderedWriter(GraphStore store, ProblemReporter reporter, BuildQueues queues, ProgressListener progress) {
        this.store = store;
        this.reporter = reporter;
        this.queues = queues;
        this.progress = progress;
    }

    /** Writes until the end marker; returns the totals. */
    BuildCounts run() throws InterruptedException {
        while (true) {
            Outcome arrived = batch.isEmpty() ? queues.outcomes.take() : queues.outcomes.poll();
            if (arrived == null) {
                flush();
                continue;
            }
            waiting.put(arrived.seq(), arrived);
            for (Outcome ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
                if (ready.isEnd()) {
                    flush();
                    progress.progress(counts.progress(true));
                    return counts;
                }
                next++;
                accept(ready);
            }
        }
    }

    private void accept(Outcome ready) {
        if (ready.problem() != null) {
            flush();
            queues.release(ready);
            report(ready.problem());
            return;
        }
        batch.add(ready);
        batchQuads += ready.graph().size();
        if (batch.size() >= MAX_BATCH_DOCUMENTS || batchQuads >= MAX_BATCH_QUADS) {
            flush();
        }
    }

    private void report(Problem problem) {
        if (problem.severity() == Problem.Severity.REJECTED) {
            counts.rejected();
        }
        reporter.report(problem);
    }

    /**
     * Stores the batch in one transaction, with the list of entities it touches for the refresh at
     * the end ({@link PendingRefresh}); one by one if that fails. Counts the results.
     */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Set<Node>> touched = new ArrayList<>();
        Set<Node> all = new HashSet<>();
        for (Outcome outcome : batch) {
            Set<Node> entities = new HashSet<>(Reconciler.touchedByStored(store, name(outcome)));
            entities.addAll(Reconciler.touchedBy(outcome.graph()));
            touched.add(entities);
            all.addAll(entities);
        }
        List<PutResult> results = storeBatch(all);
        for (int i = 0; i < batch.size(); i++) {
            Outcome outcome = batch.get(i);
            queues.release(outcome);
            if (results.get(i) != null) {
                counts.stored(outcome, results.get(i));
            }
            if (results.get(i) != null && results.get(i) != PutResult.UNCHANGED) {
                counts.touched().addAll(touched.get(i));
            }
        }
        batch.clear();
        batchQuads = 0;
        progress.progress(counts.progress(false));
    }

    private List<PutResult> storeBatch(Set<Node> touched) {
        List<Map.Entry<Node, Graph>> entries = new ArrayList<>(batch.stream().map(OrderedWriter::entry).toList());
        if (!touched.isEmpty()) {
            entries.add(pending.entry(touched));
        }
        try {
            return store.replaceGraphs(entries);
        } catch (RuntimeException batchFailure) {
            if (!touched.isEmpty()) {
                Map.Entry<Node, Graph> list = entries.get(entries.size() - 1);
                store.replaceGraph(list.getKey(), list.getValue());
            }
            List<PutResult> results = new ArrayList<>();
            for (Outcome outcome : batch) {
                results.add(storeOne(outcome));
            }
            return results;
        }
    }

    /** Stores one document alone; on failure reports it and returns null. */
    private PutResult storeOne(Outcome outcome) {
        try {
            return store.replaceGraph(name(outcome), outcome.graph());
        } catch (RuntimeException e) {
            report(Problem.rejected(outcome.doc().source(), "cannot store: " + ExtractionWorker.reason(e)));
            return null;
        }
    }

    private static Map.Entry<Node, Graph> entry(Outcome outcome) {
        return new SimpleEntry<>(name(outcome), outcome.graph());
    }

    private static Node name(Outcome outcome) {
        return DocumentGraphWriter.graphName(outcome.doc());
    }
}
