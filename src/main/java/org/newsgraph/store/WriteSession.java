package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One open write transaction of a {@link GraphStore}, for bulk builds: graphs are written as they
 * come (nothing is held in memory until the commit) and become durable and visible together at
 * {@link #commit()}. Closing without a commit aborts: the store keeps what it held before. Large
 * transactions matter on TDB2, whose copy-on-write B+trees copy every page a commit touches.
 * In: graphs; out: what happened to each. Used by one thread, the one that opened it.
 */
public final class WriteSession implements AutoCloseable {
    private final DatasetGraph dataset;
    private final GraphWrites writes;
    private boolean open = true;

    WriteSession(DatasetGraph dataset, GraphWrites writes) {
        this.dataset = dataset;
        this.writes = writes;
        dataset.begin(ReadWrite.WRITE);
    }

    /** Replaces the named graph {@code graphName} (an IRI) with {@code graph}, as {@link GraphStore#replaceGraph} does. */
    public PutResult put(Node graphName, Graph graph) {
        checkOpen();
        return writes.put(graphName, graph);
    }

    /** The named graph {@code graphName} as this transaction sees it; valid until the commit. */
    public Graph stored(Node graphName) {
        checkOpen();
        return dataset.getGraph(graphName);
    }

    /** Makes every write of this session durable; the session is then closed. */
    public void commit() {
        checkOpen();
        open = false;
        try {
            dataset.commit();
        } finally {
            dataset.end();
        }
    }

    /** Aborts the writes not committed (nothing if already committed). */
    @Override
    public void close() {
        if (open) {
            open = false;
            try {
                dataset.abort();
            } finally {
                dataset.end();
            }
        }
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("write session already committed or closed");
        }
    }
}
