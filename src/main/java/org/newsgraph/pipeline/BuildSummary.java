package org.newsgraph.pipeline;

import java.time.Duration;

/**
 * What one build did.
 *
 * @param documentsRead documents read from the inputs
 * @param added document graphs added
 * @param replaced document graphs replaced
 * @param unchanged document graphs left as they were
 * @param rejected inputs (or documents) rejected
 * @param claims claims in the graphs written this build
 * @param quads quads written by this build (in the graphs it added or replaced)
 * @param words words in the documents read (runs of letters or digits)
 * @param elapsed wall-clock time of the build
 * @param conflicts conflicts now recorded about the entities this build touched
 */
public record BuildSummary(int documentsRead, int added, int replaced, int unchanged, int rejected,
                           long claims, long quads, long words, Duration elapsed, int conflicts) {

    public BuildSummary {
        if (documentsRead < 0 || added < 0 || replaced < 0 || unchanged < 0 || rejected < 0
                || claims < 0 || quads < 0 || words < 0 || conflicts < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
