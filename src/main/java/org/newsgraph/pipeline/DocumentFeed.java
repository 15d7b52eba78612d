package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.report.Problem;

/**
 * The reading side of a parallel build, run on its own thread. In: the input paths. Out: every
 * document (as a {@link Job} for the workers) and every reading problem (as an {@link Outcome}
 * for the writer), numbered in reading order, then the end marker and one stop job per worker.
 * Rejects duplicate document ids and texts too long to analyse. Waits while the in-flight budget
 * is spent, so only a bounded part of the corpus is ever in memory.
 */
final class DocumentFeed implements Runnable {
    /** Longest text analysed: 8 million characters (a long book; news articles are far shorter). */
    static final int MAX_TEXT_CHARS = 8_000_000;

    private final List<Path> inputs;
    private final BuildQueues queues;
    private final int workers;
    private final Map<String, String> seenIds = new HashMap<>();
    private long next;
    private volatile Throwable failure;

    /** Thrown inside the reading callbacks when the build is cancelled. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("build cancelled", null, false, false);
        }
    }

    DocumentFeed(List<Path> inputs, BuildQueues queues, int workers) {
        this.inputs = List.copyOf(inputs);
        this.queues = queues;
        this.workers = workers;
    }

    @Override
    public void run() {
        try {
            new DocumentSource().read(inputs, this::problem, this::document);
        } catch (Cancelled cancelled) {
            return;
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        queues.outcomes.add(Outcome.end(next));
        try {
            for (int i = 0; i < workers; i++) {
                queues.jobs.put(Job.STOP);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What went wrong while reading, if anything (read it after the end marker). */
    Throwable failure() {
        return failure;
    }

    private void problem(Problem problem) {
        acquire(1);
        queues.outcomes.add(Outcome.problem(next++, 1, problem));
    }

    private void document(Document doc) {
        String earlier = seenIds.putIfAbsent(doc.id(), doc.source());
        if (earlier != null) {
            problem(Problem.rejected(doc.source(),
                    "duplicate document id " + doc.id() + " (already read from " + earlier + ")"));
        } else if (doc.text().length() > MAX_TEXT_CHARS) {
            problem(Problem.rejected(doc.source(), "too long to analyse (" + doc.text().length()
                    + " characters, limit " + MAX_TEXT_CHARS + ")"));
        } else {
            int weight = BuildQueues.weight(doc);
            acquire(weight);
            try {
                queues.jobs.put(new Job(next++, weight, doc));
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
        }
    }

    private void acquire(int weight) {
        try {
            queues.budget.acquire(weight);
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }
}
