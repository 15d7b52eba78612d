package org.newsgraph.pipeline;

import java.util.Objects;

/**
 * How a build runs: how many threads analyse documents in parallel (one writer thread stores
 * them, whatever this number), who hears about progress, and how many documents one transaction
 * may hold. In: chosen by the caller; out: read by {@link GraphBuilder}.
 *
 * @param threads analysis threads, at least 1 (the graph does not depend on this number)
 * @param progress told after every write to the store, from the thread that called the build
 * @param documentsPerCommit most documents stored in one transaction, at least 1 (large
 *     transactions are much faster on TDB2; a crash loses the open one, never part of a document;
 *     a transaction is also committed after 3 million quads or a minute)
 */
public record BuildOptions(int threads, ProgressListener progress, int documentsPerCommit) {

    /** The default number of documents per transaction. */
    public static final int DOCUMENTS_PER_COMMIT = 100_000;

    public BuildOptions {
        Objects.requireNonNull(progress, "progress");
        if (threads < 1 || documentsPerCommit < 1) {
            throw new IllegalArgumentException("threads and documents per commit must be at least 1");
        }
    }

    /** One analysis thread per available processor, no progress reports, 100,000 documents per commit. */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), ProgressListener.NONE,
                DOCUMENTS_PER_COMMIT);
    }

    /** These options with another number of analysis threads. */
    public BuildOptions withThreads(int count) {
        return new BuildOptions(count, progress, documentsPerCommit);
    }

    /** These options with another progress listener. */
    public BuildOptions withProgress(ProgressListener listener) {
        return new BuildOptions(threads, listener, documentsPerCommit);
    }

    /** These options with another limit of documents per transaction. */
    public BuildOptions withDocumentsPerCommit(int documents) {
        return new BuildOptions(threads, progress, documents);
    }
}
