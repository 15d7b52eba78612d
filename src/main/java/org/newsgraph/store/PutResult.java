package org.newsgraph.store;

/** What {@link GraphStore#replaceGraph} did with a named graph. */
public enum PutResult {
    /** No graph of that name existed; the graph was stored. */
    ADDED,
    /** A different graph of that name existed and was replaced. */
    REPLACED,
    /** An isomorphic graph of that name already existed; nothing was written. */
    UNCHANGED
}
