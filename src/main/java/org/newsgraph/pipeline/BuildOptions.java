package org.newsgraph.pipeline;

import java.util.Objects;

/**
 * How a build runs: how many threads analyse documents in parallel (one writer thread stores
 * them, whatever this number) and who hears about progress. In: chosen by the caller; out: read
 * by {@link GraphBuilder}.
 *
 * @param threads analysis threads, at least 1 (the graph does not depend on this number)
 * @param progress told after every write to the store, from the thread that called the build
 */
public record BuildOptions(int threads, ProgressListener progress) {

    public BuildOptions {
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** One analysis thread per available processor, no progress reports. */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }

    /** These options with another number of analysis threads. */
    public BuildOptions withThreads(int count) {
        return new BuildOptions(count, progress);
    }

    /** These options with another progress listener. */
    public BuildOptions withProgress(ProgressListener listener) {
        return new BuildOptions(threads, listener);
    }
}
