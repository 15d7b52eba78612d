package org.newsgraph.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.newsgraph.ingest.Document;

/**
 * The hand-over points of a parallel build: documents from the reader to the analysis workers,
 * outcomes from the reader and the workers to the writer, and the in-flight budget that bounds
 * memory. The reader takes budget for every item it reads; the writer gives it back when it
 * takes the item (to store or report it), so at most {@link #BUDGET} units (about 32 MB of text, or 512 small
 * documents and their graphs) are between reading and the store at any time.
 */
final class BuildQueues {
    /** Budget units in all. */
    static final int BUDGET = 4096;
    private static final int CHARS_PER_UNIT = 8192;
    private static final int UNITS_PER_DOCUMENT = 8;

    final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(256);
    final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    final Semaphore budget = new Semaphore(BUDGET);

    /** The budget units a document holds while in flight (never more than the whole budget). */
    static int weight(Document doc) {
        long units = UNITS_PER_DOCUMENT + (long) doc.text().length() / CHARS_PER_UNIT;
        return (int) Math.min(BUDGET, units);
    }

    /** Gives back the budget an item held. */
    void release(Outcome outcome) {
        if (outcome.weight() > 0) {
            budget.release(outcome.weight());
        }
    }
}
