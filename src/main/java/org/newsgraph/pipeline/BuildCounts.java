package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
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
    private int committed;
    private int rejected;
    private long claims;
    private long quads;
    private long words;
    private long characters;

    /** Counts one document that reached the store, its {@code quads}, and what the store did with it. */
    void stored(Outcome.DocumentStats stats, long quads, PutResult result) {
        read++;
        claims += stats.claims();
        words += stats.words();
        characters += stats.characters();
        switch (result) {
            case ADDED -> added++;
            case REPLACED -> replaced++;
            default -> unchanged++;
        }
        if (result != PutResult.UNCHANGED) {
            this.quads += quads;
        }
    }

    /** Takes back documents counted by {@link #stored} whose transaction was rolled back. */
    void rolledBack(List<Outcome.DocumentStats> lost, List<PutResult> results, long lostQuads) {
        for (int i = 0; i < lost.size(); i++) {
            read--;
            claims -= lost.get(i).claims();
            words -= lost.get(i).words();
            characters -= lost.get(i).characters();
            switch (results.get(i)) {
                case ADDED -> added--;
                case REPLACED -> replaced--;
                default -> unchanged--;
            }
        }
        quads -= lostQuads;
    }

    /** Counts the documents stored so far as committed. */
    void committed() {
        committed = added + replaced + unchanged;
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
        return new BuildProgress(added + replaced + unchanged, committed, rejected, words, characters,
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
