package org.newsgraph.pipeline;

import org.newsgraph.ingest.Document;

/**
 * A document waiting for analysis, numbered in reading order; a null document tells the worker
 * that takes it to stop.
 *
 * @param seq position in reading order
 * @param weight in-flight budget units the document holds
 * @param doc the document, or null for "stop"
 */
record Job(long seq, int weight, Document doc) {
    /** The job that stops one worker. */
    static final Job STOP = new Job(-1, 0, null);
}
