package org.newsgraph.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsgraph.report.Problem;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.GraphStore;

/**
 * The single writer of a parallel build, run on the calling thread. In: {@link Outcome}s in any
 * order. Out: documents written in reading order into large transactions ({@link OpenTransaction}:
 * whole documents only, committed once full, or when no document has come for 5 s), problems
 * reported in reading order, progress after every document, and the build's totals. A document
 * the store refuses rolls its transaction back; each document in it is reported, and the build
 * goes on.
 */
final class OrderedWriter {
    private static final long IDLE_COMMIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final ProblemReporter reporter;
    private final BuildQueues queues;
    private final ProgressListener progress;
    private final int documentsPerCommit;
    private final BuildCounts counts = new BuildCounts();
    private final OpenTransaction transaction;
    private final Map<Long, Outcome> waiting = new HashMap<>();
    private long next;

    OrderedWriter(GraphStore store, ProblemReporter reporter, BuildQueues queues, BuildOptions options) {
        this.reporter = reporter;
        this.queues = queues;
        this.progress = options.progress();
        this.documentsPerCommit = options.documentsPerCommit();
        this.transaction = new OpenTransaction(store, counts);
    }

    /** Writes until the end marker; returns the totals. A failure aborts the open transaction. */
    BuildCounts run() throws InterruptedException {
        boolean done = false;
        try {
            BuildCounts totals = write();
            done = true;
            return totals;
        } finally {
            if (!done) {
                transaction.rollBack();
            }
        }
    }

    private BuildCounts write() throws InterruptedException {
        while (true) {
            Outcome arrived = transaction.isOpen()
                    ? queues.outcomes.poll(IDLE_COMMIT_NANOS, TimeUnit.NANOSECONDS) : queues.outcomes.take();
            if (arrived == null) {
                commit();
                continue;
            }
            waiting.put(arrived.seq(), arrived);
            for (Outcome ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
                if (ready.isEnd()) {
                    commit();
                    progress.progress(counts.progress(true));
                    return counts;
                }
                next++;
                accept(ready);
            }
        }
    }

    private void accept(Outcome ready) {
        queues.release(ready);
        if (ready.problem() != null) {
            report(ready.problem());
            return;
        }
        ready.warnings().forEach(this::report);
        try {
            transaction.write(ready);
        } catch (RuntimeException e) {
            rollBack(ready.doc().source(), e);
            return;
        }
        progress.progress(counts.progress(false));
        if (transaction.full(documentsPerCommit)) {
            commit();
        }
    }

    private void commit() {
        try {
            transaction.commit();
        } catch (RuntimeException e) {
            rollBack(null, e);
        }
        progress.progress(counts.progress(false));
    }

    /** Rolls back after a failure and reports every document the transaction held (and the one that failed). */
    private void rollBack(String failed, RuntimeException e) {
        String reason = ExtractionWorker.reason(e);
        for (String source : transaction.rollBack()) {
            report(Problem.rejected(source, "not stored: its transaction was rolled back (" + reason + ")"));
        }
        if (failed != null) {
            report(Problem.rejected(failed, "cannot store: " + reason));
        }
    }

    private void report(Problem problem) {
        if (problem.severity() == Problem.Severity.REJECTED) {
            counts.rejected();
        }
        reporter.report(problem);
    }
}
