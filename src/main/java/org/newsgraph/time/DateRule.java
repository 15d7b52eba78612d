package org.newsgraph.time;

/**
 * One family of date expressions. In: a search region (text, range, anchor); out: candidate
 * mentions added to the region, overlaps allowed (the finder keeps the longest).
 */
interface DateRule {

    /** Adds every expression of this family found in the region. */
    void collect(Region region);
}
