package org.newsgraph.store;

/**
 * The dump formats of {@link GraphStore#export}. {@link #TRIG} and {@link #NQ} keep every named
 * graph; {@link #TTL} and {@link #JSONLD} write the union of all named graphs as one graph;
 * {@link #CSV} is a table of claims, not RDF.
 */
public enum ExportFormat {
    /** TriG: all named graphs, streamed graph by graph. */
    TRIG,
    /** N-Quads: all named graphs, streamed quad by quad. */
    NQ,
    /** Turtle: the union graph, streamed. */
    TTL,
    /** JSON-LD 1.1: the union graph (built in memory, then written). */
    JSONLD,
    /** CSV: one row per claim with labels, document, date and evidence (see {@link ClaimTable}). */
    CSV
}
