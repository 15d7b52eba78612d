package org.newsgraph.store;

/**
 * How {@link QueryRunner} writes SELECT and ASK results. CONSTRUCT and DESCRIBE results are
 * always written as Turtle.
 */
public enum ResultFormat {
    /** A text table for people. */
    TABLE,
    /** SPARQL 1.1 CSV results. */
    CSV,
    /** SPARQL 1.1 TSV results. */
    TSV,
    /** SPARQL 1.1 JSON results. */
    JSON
}
