package org.newsgraph.pipeline;

/**
 * Hears how far a build has got. In: a {@link BuildProgress} after every write to the store and
 * once more at the end; always called from the thread that runs the build, so implementations
 * need not be thread-safe. They should be quick: the writer waits for them.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = progress -> { };

    /** Called with the totals so far. */
    void progress(BuildProgress progress);
}
