package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a running build has got, counted over the documents handled so far (stored, unchanged
 * or rejected).
 *
 * @param documents documents written to the store or left unchanged
 * @param committed of those, the documents whose transaction is committed (durable and visible)
 * @param rejected inputs and documents rejected
 * @param words words in the documents analysed
 * @param characters characters in the documents analysed (to compare with the input size)
 * @param elapsed time since the build started
 * @param finished whether this is the last report of the build
 */
public record BuildProgress(long documents, long committed, long rejected, long words, long characters,
                            Duration elapsed, boolean finished) {

    public BuildProgress {
        Objects.requireNonNull(elapsed, "elapsed");
        if (documents < 0 || committed < 0 || committed > documents || rejected < 0 || words < 0 || characters < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Words analysed per second of wall-clock time so far (0 at the start). */
    public double wordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? words / seconds : 0;
    }
}
