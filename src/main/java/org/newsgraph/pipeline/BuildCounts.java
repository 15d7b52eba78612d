package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.store.PutResult;

/**
 * The running totals of one build, kept by the writer thread only: documents by what happened
 * to them, claims, quads written, words, and the entities whose derived graphs need refreshing.
 */
final class BuildCounts {
    private final long startNanos = System.nanoTime();
    private final Set<Node> touched = new HashSet<>();
    private int read;
    private int added;
    private int replaced;
    private int unchanged;
    private int rejected;
    private long claims;
    private long quads;
    private long words;
    private long characters;

    /** Counts one document that reached the store, and what the store did with it. */
    void stored(Outcome outcome, PutResult result) {
        read++;
        claims += outcome.stats().claims();
        words += outcome.stats().words();
        characters += outcome.stats().characters();
        switch (result) {
            case ADDED -> added++;
            case REPLACED -> replaced++;
            default -> unchanged++;
        }
        if (result != PutResult.UNCHANGED) {
            quads += outcome.graph().size();
        }
    }

    /** Counts one rejection. */
    void rejected() {
        rejected++;
    }

    /** The entities to refresh after the build (the writer adds to it). */
    Set<Node> touched() {
        return touched;
    }

    /** The totals so far, for progress reports. */
    BuildProgress progress(boolean finished) {
        return new BuildProgress(added + replaced + unchanged, rejected, words, characters,
                elapsed(), finished);
    }

    /** The totals as a summary, with the whole build's time and the conflicts found at the end. */
    BuildSummary summary(Duration buildTime, int conflicts) {
        return new BuildSummary(read, added, replaced, unchanged, rejected, claims, quads, words,
                buildTime, conflicts);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
